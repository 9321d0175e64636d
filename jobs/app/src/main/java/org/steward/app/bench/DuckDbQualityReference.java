package org.steward.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reference the quality benchmark is compared with: the shipped rule pack's failure counts written
 * by hand as plain DuckDB SQL over the same staged Parquet, one query per table
 * ({@code bench/quality-reference.sql}). Its counts must equal the quality job's, which makes it a
 * second, independent implementation of every check as well as a yardstick.
 */
public final class DuckDbQualityReference {

    /** Failed rows per check id, and the seconds the queries took (reference data load included). */
    public record Result(Map<String, Long> failed, double seconds) {
    }

    private DuckDbQualityReference() {
    }

    /** Rows of every staged table: what both sides read. */
    public static long stagedRows(Path output) throws SQLException {
        long rows = 0;
        for (String table : java.util.List.of("patients/*.parquet", "encounters/*/*.parquet", "claims/*/*.parquet",
                "remittance_adjustments/*/*.parquet", "cdi_queries/*/*.parquet")) {
            rows += single(output, "SELECT count(*) FROM read_parquet('staged/" + table + "')");
        }
        return rows;
    }

    /** The quality job's failed rows per check, summed over facilities and periods. */
    public static Map<String, Long> failedByCheck(Path output) throws SQLException {
        Map<String, Long> failed = new LinkedHashMap<>();
        try (Connection duck = open(output); Statement statement = duck.createStatement();
             ResultSet result = statement.executeQuery("SELECT check_id, sum(rows_failed) FROM "
                     + "read_parquet('quality/results/*/*.parquet') GROUP BY 1")) {
            while (result.next()) {
                failed.put(result.getString(1), result.getLong(2));
            }
        }
        return failed;
    }

    private static long single(Path output, String sql) throws SQLException {
        try (Connection duck = open(output); Statement statement = duck.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static Connection open(Path output) throws SQLException {
        Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = duck.createStatement()) {
            statement.execute("SET file_search_path = '" + output.toAbsolutePath().toString().replace("'", "''") + "'");
        }
        return duck;
    }

    public static Result run(Path output, Path referenceFolder, LocalDate asOf) throws SQLException, IOException {
        return script("/bench/quality-reference.sql", output, referenceFolder, asOf);
    }

    /**
     * Runs a hand-written reference script (statements separated by lines holding only ';;', with
     * ${AS_OF} and ${REFERENCE} filled in) over an output folder; each result row's columns are named counts.
     */
    public static Result script(String resource, Path output, Path referenceFolder, LocalDate asOf)
            throws SQLException, IOException {
        return script(resource, output, referenceFolder, asOf, null);
    }

    /**
     * The same, for a script that writes its outputs as Parquet under ${WRITE_TO}: {@code writeTo}, an empty
     * folder. The parent folders of its targets ({@code '${WRITE_TO}/area/name'}) are made before the clock
     * starts: DuckDB's partitioned COPY makes only the last one.
     */
    public static Result script(String resource, Path output, Path referenceFolder, LocalDate asOf, Path writeTo)
            throws SQLException, IOException {
        String script;
        try (InputStream in = DuckDbQualityReference.class.getResourceAsStream(resource)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${AS_OF}", asOf.toString())
                    .replace("${REFERENCE}", referenceFolder.toAbsolutePath().toString().replace("'", "''"));
        }
        if (script.contains("${WRITE_TO}")) {
            if (writeTo == null) {
                throw new IllegalArgumentException(resource + " writes under ${WRITE_TO}: give it a folder");
            }
            java.util.regex.Matcher target = java.util.regex.Pattern.compile("'\\$\\{WRITE_TO}/([^']+)'").matcher(script);
            while (target.find()) {
                java.nio.file.Files.createDirectories(writeTo.resolve(target.group(1)).getParent());
            }
            script = script.replace("${WRITE_TO}", writeTo.toAbsolutePath().toString().replace("'", "''"));
        }
        Map<String, Long> failed = new LinkedHashMap<>();
        long started = System.nanoTime();
        try (Connection duck = open(output); Statement statement = duck.createStatement()) {
            for (String sql : script.split("(?m);;\\s*$")) {
                if (sql.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("--"))) {
                    continue;
                }
                if (!statement.execute(sql)) {
                    continue;
                }
                try (ResultSet result = statement.getResultSet()) {
                    ResultSetMetaData meta = result.getMetaData();
                    while (result.next()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            failed.put(meta.getColumnLabel(i), result.getLong(i));
                        }
                    }
                }
            }
        }
        return new Result(failed, (System.nanoTime() - started) / 1e9);
    }

    /** A single number from a query over an output folder. */
    public static long count(Path output, String sql) throws SQLException {
        return single(output, sql);
    }
}
