package org.steward.report.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steward.platform.settings.ConfigException;

/**
 * Runs the report's queries: one file in sql/report per figure or table, over the views of sql/staging and
 * sql/marts. The report's month and window are DuckDB variables ({@code getvariable('period')}), so an
 * analyst reproduces any number with {@code SET VARIABLE period = '2025-12';} and the same file.
 */
public final class ReportQueries {

    /** Where the report's queries are, relative to the sql folder. */
    public static final String FOLDER = "report";

    private final Connection connection;
    private final Path folder;

    public ReportQueries(Connection connection, Path sqlFolder, Map<String, String> variables) throws SQLException {
        this.connection = connection;
        this.folder = sqlFolder.resolve(FOLDER);
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> variable : variables.entrySet()) {
                statement.execute("SET VARIABLE " + variable.getKey() + " = '" + variable.getValue().replace("'", "''") + "'");
            }
        }
    }

    /** The source a block names: the file, relative to the checkout. */
    public static String source(String name) {
        return "sql/" + FOLDER + "/" + name + ".sql";
    }

    /**
     * The rows of {@code sql/report/<name>.sql}. A view whose job has never written anything is not defined
     * (DuckDbViews skips it); its query returns no rows, and the section says the job has not run.
     */
    public Rows run(String name) {
        Path file = folder.resolve(name + ".sql");
        String sql;
        try {
            sql = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file + ": report query cannot be read (" + e.getMessage() + ")");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    Object value = result.getObject(c);
                    row.put(meta.getColumnLabel(c), value instanceof java.math.BigDecimal d ? d.doubleValue()
                            : value instanceof java.math.BigInteger i ? i.doubleValue() : value);
                }
                rows.add(row);
            }
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("does not exist")) {
                return new Rows(source(name), List.of());
            }
            throw new IllegalStateException(source(name) + ": " + e.getMessage(), e);
        }
        return new Rows(source(name), rows);
    }

    /** Every query file, for the pre-flight check and the test that each one parses. */
    public static List<Path> files(Path sqlFolder) {
        try (var listing = Files.list(sqlFolder.resolve(FOLDER))) {
            return listing.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        } catch (IOException e) {
            throw new ConfigException(sqlFolder.resolve(FOLDER) + ": report queries not found (" + e.getMessage() + ")");
        }
    }
}
