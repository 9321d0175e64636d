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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.steward.platform.output.ParquetFolder;
import org.steward.quality.config.RulePack;

/**
 * The reference the quality benchmark is compared with: the shipped rule pack written by hand as plain DuckDB SQL
 * over the same staged Parquet ({@code bench/quality-reference.sql}), writing every output the quality job writes
 * (results, failure sample, scores, alerts) as Parquet by period. Its outputs must equal the job's row for row, which
 * makes it a second, independent implementation of every check as well as a yardstick. Also runs the other jobs'
 * hand-written reference scripts ({@link #script}).
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

    /**
     * Runs bench/quality-reference.sql over an output folder's staged tables, writing its outputs under {@code writeTo}
     * (an empty folder): the failed rows per check id, and the seconds it took. The rule pack gives the checks'
     * descriptive columns (table, dimension, severity, owner, description, threshold); their logic is the script's own.
     */
    public static Result run(Path output, Path referenceFolder, LocalDate asOf, RulePack pack, Path writeTo)
            throws SQLException, IOException {
        return script("/bench/quality-reference.sql", output, referenceFolder, asOf, writeTo, checkTable(pack));
    }

    /** The rule pack's checks as the table {@code quality_check} the script joins its verdicts with. */
    private static String checkTable(RulePack pack) {
        return pack.checks().stream().map(c -> "(" + String.join(", ", text(c.id()), text(c.table()),
                        text(c.dimension().label()), text(c.subtype().map(s -> s.label()).orElse(null)),
                        text(c.severity().name().toLowerCase(Locale.ROOT)), text(c.owner()), text(c.description()),
                        "CAST(" + text(Double.toString(c.threshold())) + " AS DOUBLE)") + ")")
                .collect(Collectors.joining(",\n", "CREATE OR REPLACE TABLE quality_check AS SELECT * FROM (VALUES\n",
                        ") AS t(check_id, table_name, dimension, subtype, severity, owner, description, threshold)"));
    }

    private static String text(String value) {
        return value == null ? "CAST(NULL AS VARCHAR)" : "'" + value.replace("'", "''") + "'";
    }

    /**
     * Where the quality job's outputs under {@code jobOutput} and the reference's under {@code referenceWritten}
     * differ, row for row (every column but the time of evaluation; scores and trailing statistics to 9 decimals,
     * as the job averages in Java): empty when they agree.
     */
    public static List<String> outputDifferences(Path jobOutput, Path referenceWritten) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("results", "check_id, table_name, dimension, subtype, severity, owner, description, facility_id, "
                + "rows_checked, rows_failed, rows_not_checkable, failure_rate, threshold, status, note, period");
        columns.put("failures", "check_id, table_name, facility_id, row_key, source_line, period");
        columns.put("scores", "table_name, facility_id, dimension, checks, round(score, 9) AS score, period");
        columns.put("alerts", "check_id, table_name, severity, owner, facility_id, failure_rate, "
                + "round(trailing_mean, 9) AS trailing_mean, round(trailing_stddev, 9) AS trailing_stddev, trailing_periods, period");
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, String> output : columns.entrySet()) {
            Path job = jobOutput.resolve("quality").resolve(output.getKey());
            Path hand = referenceWritten.resolve("quality").resolve(output.getKey());
            boolean jobWrote = ParquetFolder.hasFiles(job, true);
            boolean handWrote = ParquetFolder.hasFiles(hand, true);
            if (!jobWrote || !handWrote) {
                if (jobWrote != handWrote) {
                    differences.add(output.getKey() + ": only the " + (jobWrote ? "job" : "reference") + " wrote rows");
                }
                continue;
            }
            String ours = rows(job, output.getValue());
            String theirs = rows(hand, output.getValue());
            long onlyJob = single(jobOutput, "SELECT count(*) FROM (" + ours + " EXCEPT ALL " + theirs + ")");
            long onlyHand = single(jobOutput, "SELECT count(*) FROM (" + theirs + " EXCEPT ALL " + ours + ")");
            if (onlyJob + onlyHand > 0) {
                differences.add(output.getKey() + ": " + onlyJob + " rows only the job wrote, " + onlyHand
                        + " only the reference");
            }
        }
        return differences;
    }

    private static String rows(Path folder, String columns) {
        return "SELECT " + columns + " FROM read_parquet('" + folder.toAbsolutePath().toString().replace("'", "''")
                + "/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR})";
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
        return script(resource, output, referenceFolder, asOf, writeTo, null);
    }

    /** The same, after {@code prelude} (a statement setting up what the script reads besides files; timed with it). */
    private static Result script(String resource, Path output, Path referenceFolder, LocalDate asOf, Path writeTo,
                                 String prelude) throws SQLException, IOException {
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
            if (prelude != null) {
                statement.execute(prelude);
            }
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
