package org.steward.stage;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.steward.platform.duckdb.DuckDbViews;

/** Reads a stage output folder through the project's real DuckDB views in sql/. */
final class StagedOutput {

    static final Path SQL = Path.of("../../sql").toAbsolutePath().normalize();

    private StagedOutput() {
    }

    static List<List<Object>> query(Path output, String sql) throws SQLException {
        try (DuckDbViews views = DuckDbViews.open(output, SQL);
             Statement statement = views.connection().createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    Object value = result.getObject(i);
                    row.add(value == null ? null : value.toString());
                }
                rows.add(row);
            }
            return rows;
        }
    }

    static long count(Path output, String sql) throws SQLException {
        return Long.parseLong(String.valueOf(query(output, sql).get(0).get(0)));
    }
}
