package org.steward.report.query;

import java.util.List;
import java.util.Map;

/** The result of one report query: its rows by column name, and the query file it came from. */
public record Rows(String source, List<Map<String, Object>> rows) {

    public Rows {
        rows = List.copyOf(rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public int size() {
        return rows.size();
    }

    public Map<String, Object> first() {
        return rows.get(0);
    }

    /** A number of a row, or null when the column is null (never 0 for "unknown"). */
    public static Double number(Map<String, Object> row, String column) {
        Object value = row.get(column);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        return Double.valueOf(value.toString());
    }

    public static String text(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : value.toString();
    }

    public static boolean flag(Map<String, Object> row, String column) {
        return Boolean.TRUE.equals(row.get(column));
    }
}
