package org.steward.app.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Rows of a DuckDB query over Parquet outputs, each as its values joined by '|' (null as empty), for assertions. */
final class DuckRows {

    private DuckRows() {
    }

    static List<String> of(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    String v = r.getString(i);
                    values.add(v == null ? "" : v);
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
