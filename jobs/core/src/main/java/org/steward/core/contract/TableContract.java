package org.steward.core.contract;

import java.util.List;
import java.util.Optional;

/**
 * The contract of one input file: its required columns, the columns that identify a row, and the
 * date column whose month decides the row's period (empty for tables that are snapshots).
 *
 * @param keyColumns the columns every row must fill and other tables refer to it by
 * @param rowKey     the columns no two rows of one input file may share: stage keeps the last row of a
 *                   repeated row key and quarantines the others. Usually the key; a table whose key
 *                   holds many rows (a claim's adjustments) is identified by every column instead
 */
public record TableContract(String table, List<ColumnSpec> columns, List<String> keyColumns, List<String> rowKey,
                            Optional<String> periodColumn, Optional<String> periodFallbackColumn) {

    public TableContract {
        List<ColumnSpec> all = List.copyOf(columns);
        for (String key : keyColumns) {
            requireColumn(table, all, key);
        }
        if (rowKey.isEmpty()) {
            throw new IllegalArgumentException(table + ": a row key needs at least one column");
        }
        rowKey.forEach(c -> requireColumn(table, all, c));
        periodColumn.ifPresent(c -> requireDate(table, all, c));
        periodFallbackColumn.ifPresent(c -> requireDate(table, all, c));
        columns = all;
        keyColumns = List.copyOf(keyColumns);
        rowKey = List.copyOf(rowKey);
    }

    /** A table whose key identifies one row. */
    public TableContract(String table, List<ColumnSpec> columns, List<String> keyColumns,
                         Optional<String> periodColumn, Optional<String> periodFallbackColumn) {
        this(table, columns, keyColumns, keyColumns, periodColumn, periodFallbackColumn);
    }

    public String fileName() {
        return table + ".csv";
    }

    /**
     * The file that brings only new and changed rows of a snapshot table (registrations): stage merges it
     * into the table staged before. Tables by period have none: a run replaces only the periods it reads.
     */
    public Optional<String> deltaFileName() {
        return partitionedByPeriod() ? Optional.empty() : Optional.of(table + "_delta.csv");
    }

    public boolean partitionedByPeriod() {
        return periodColumn.isPresent();
    }

    /** True when a row is identified by all its columns (its key names a group of rows, e.g. a claim). */
    public boolean rowKeyIsWholeRow() {
        return rowKey.size() == columns.size();
    }

    public int indexOf(String column) {
        return indexOf(columns, column);
    }

    public List<String> columnNames() {
        return columns.stream().map(ColumnSpec::name).toList();
    }

    private static int indexOf(List<ColumnSpec> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static void requireColumn(String table, List<ColumnSpec> columns, String name) {
        if (indexOf(columns, name) < 0) {
            throw new IllegalArgumentException(table + ": key column " + name + " is not a column");
        }
    }

    private static void requireDate(String table, List<ColumnSpec> columns, String name) {
        int i = indexOf(columns, name);
        if (i < 0 || (columns.get(i).kind() != FieldKind.DATE && columns.get(i).kind() != FieldKind.DATE_TIME)) {
            throw new IllegalArgumentException(table + ": period column " + name + " must be a DATE or DATE_TIME column");
        }
    }
}
