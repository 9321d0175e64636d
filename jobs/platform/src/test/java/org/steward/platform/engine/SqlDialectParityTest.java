package org.steward.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.platform.spark.SparkSessions;
import org.steward.platform.testing.TestSettings;

/**
 * Each fragment the dialects render differently, run on DuckDB and on Spark against literal expected
 * values (as Splink tests its dialects), over a small table of awkward values: leap days, month and
 * year ends, empty and null lists, regex metacharacters.
 */
class SqlDialectParityTest {

    @TempDir
    static Path folder;

    private static SparkSessions spark;
    private static List<SqlEngine> engines;

    private static final List<SqlColumn> COLUMNS = List.of(new SqlColumn("id", SqlType.INTEGER),
            new SqlColumn("a", SqlType.DATE), new SqlColumn("b", SqlType.DATE), new SqlColumn("text", SqlType.STRING));
    private static final List<Object[]> ROWS = List.of(
            new Object[] {1, LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28), "A1.2*"},
            new Object[] {2, LocalDate.of(2000, 2, 29), LocalDate.of(2024, 3, 1), "(x)|[y]"},
            new Object[] {3, LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 1), "123-45-6789"},
            new Object[] {4, LocalDate.of(2025, 12, 31), LocalDate.of(2025, 1, 31), null});

    @BeforeAll
    static void engines() {
        spark = new SparkSessions(TestSettings.h2(folder).spark());
        engines = List.of(new DuckDbEngine(), new SparkSqlEngine(spark.session()));
        engines.forEach(e -> e.registerRows("t", COLUMNS, ROWS));
    }

    @AfterAll
    static void stop() {
        engines.forEach(SqlEngine::close);
        spark.close();
    }

    @Test
    void daysBetweenCountsWholeDaysAcrossLeapDaysAndYearEnds() {
        assertEveryEngine(d -> d.daysBetween("a", "b"), 365L, 8767L, 1L, -334L);
    }

    @Test
    void fiscalYearsStartOnTheFirstOfOctober() {
        assertEveryEngine(d -> d.fiscalYear("b"), 2025L, 2024L, 2026L, 2025L);
    }

    @Test
    void wholeYearsReachABirthdayOnItsMonthAndDay() {
        // Born 29 February: 24 on 1 March 2024 (a leap year, so 29 February had passed); 0 on the day before a birthday.
        assertEveryEngine(d -> d.wholeYears("a", "b"), 0L, 24L, 0L, -1L);
    }

    @Test
    void addingYearsKeepsMonthAndDayAndMovesALeapDayAsJavaDoes() {
        List<Object> java = ROWS.stream().map(r -> (Object) ((LocalDate) r[1]).plusYears((Integer) r[0]).toString()).toList();
        assertThat(java).containsExactly("2025-02-28", "2002-02-28", "2028-09-30", "2029-12-31");
        assertEveryEngine(d -> d.asText(d.plusYears("a", "id")), java.toArray());
    }

    @Test
    void regexesMatchMetacharactersLiterallyWhenEscaped() {
        assertEveryEngine(d -> d.regexMatches("text", d.literal("^[A-Z][0-9][.][0-9][*]$")), true, false, false, null);
        // A backslash in a pattern: Spark's string literals treat it as an escape, DuckDB's do not.
        assertEveryEngine(d -> d.regexMatches("text", d.literal("\\(x\\)\\|")), false, true, false, null);
        assertEveryEngine(d -> d.regexMatches("text", d.literal("it's")), false, false, false, null);
        assertEveryEngine(d -> d.regexReplaceAll("text", d.literal("[^0-9]"), "''"), "12", "", "123456789", null);
    }

    @Test
    void listFunctionsAgreeOnEmptyListsAndLambdas() {
        for (SqlEngine engine : engines) {
            // Lists are written by Parquet in real runs; here each engine's own literal syntax makes them.
            String listed = engine.kind() == org.steward.platform.settings.StewardSettings.Engine.DUCKDB
                    ? "CASE WHEN id = 1 THEN ['A1', 'B2'] WHEN id = 2 THEN []::VARCHAR[] WHEN id = 3 THEN ['Z'] END"
                    : "CASE WHEN id = 1 THEN array('A1', 'B2') WHEN id = 2 THEN CAST(array() AS ARRAY<STRING>) "
                            + "WHEN id = 3 THEN array('Z') END";
            SqlDialect d = engine.dialect();
            assertThat(column(engine, d.listSize(listed))).as(d.name()).containsExactly(2L, 0L, 1L, null);
            assertThat(column(engine, d.listAny(listed, "c", "substr(c, 1, 1) = 'B'"))).as(d.name())
                    .containsExactly(true, false, false, false);
            assertThat(engine.rows("SELECT count(*) FROM (SELECT " + d.explode(listed) + " AS code FROM t) x").get(0)[0])
                    .as(d.name()).isEqualTo(3L);
        }
    }

    @Test
    void anEmptyRelationHasTheColumnsAndNoRows() {
        for (SqlEngine engine : engines) {
            assertThat(engine.rows("SELECT count(*) FROM (" + engine.dialect().emptyRelation(COLUMNS) + ") x").get(0)[0])
                    .isEqualTo(0L);
        }
    }

    @Test
    void sortedDistinctJoinOrdersDropsRepeatsAndNulls() {
        for (SqlEngine engine : engines) {
            SqlDialect d = engine.dialect();
            assertThat(engine.rows("SELECT " + d.sortedDistinctJoin("v", "','") + " FROM (SELECT text AS v FROM t UNION ALL "
                    + "SELECT 'A1.2*' AS v) x").get(0)[0]).as(d.name()).isEqualTo("(x)|[y],123-45-6789,A1.2*");
            assertThat(engine.rows("SELECT " + d.sortedDistinctJoin("text", "','") + " FROM t WHERE text IS NULL").get(0)[0])
                    .as(d.name()).isNull();
        }
    }

    @Test
    void writtenParquetHasTheDeclaredTypesAndPeriodFoldersOnEveryEngine() {
        List<SqlColumn> columns = List.of(new SqlColumn("id", SqlType.BIGINT), new SqlColumn("total", SqlType.DOUBLE),
                new SqlColumn("period", SqlType.STRING));
        for (SqlEngine engine : engines) {
            Path written = folder.resolve("written-" + engine.dialect().name());
            // sum() of integers is HUGEINT on DuckDB and BIGINT on Spark; the declared type decides.
            engine.writeParquet("SELECT id, sum(id) AS total, CASE WHEN id < 3 THEN '2025-01' ELSE '2025-02' END AS period "
                    + "FROM t GROUP BY id", columns, written, true);
            assertThat(written.resolve("period=2025-01")).isDirectory();
            assertThat(written.resolve("period=2025-02")).isDirectory();
            try (DuckDbEngine reader = new DuckDbEngine()) {
                reader.registerParquet("back", written, true, columns);
                assertThat(reader.rows("SELECT typeof(id), typeof(total), typeof(period), count(*) FROM back GROUP BY ALL")
                        .get(0)).as(engine.dialect().name()).containsExactly("BIGINT", "DOUBLE", "VARCHAR", 4L);
                assertThat(reader.rows("SELECT sum(id) FROM back WHERE period = '2025-02'").get(0)[0]).isEqualTo(7L);
            }
        }
    }

    @Test
    void anOutputOfOnePeriodIsWrittenAsAPartitionedOneIs() throws Exception {
        List<SqlColumn> columns = List.of(new SqlColumn("id", SqlType.BIGINT), new SqlColumn("text", SqlType.STRING),
                new SqlColumn("period", SqlType.STRING));
        String sql = "SELECT id, text, '2025-12' AS period FROM t";
        for (SqlEngine engine : engines) {
            Path partitioned = folder.resolve("partitioned-" + engine.dialect().name());
            Path onePeriod = folder.resolve("one-period-" + engine.dialect().name());
            engine.writeParquet(sql, columns, partitioned, true);
            engine.writePeriod(sql, columns, onePeriod, "2025-12");
            try (java.util.stream.Stream<Path> folders = java.nio.file.Files.list(onePeriod)) {
                // Spark also leaves its _SUCCESS marker beside the period folders.
                assertThat(folders.map(p -> p.getFileName().toString()).filter(name -> !name.contains("_SUCCESS")))
                        .containsExactly("period=2025-12");
            }
            try (DuckDbEngine reader = new DuckDbEngine()) {
                reader.registerParquet("a", partitioned, true, columns);
                reader.registerParquet("b", onePeriod, true, columns);
                String rows = "SELECT id, text, period FROM %s ORDER BY id";
                assertThat(reader.rows(rows.formatted("b"))).as(engine.dialect().name()).hasSize(4)
                        .usingRecursiveFieldByFieldElementComparator().isEqualTo(reader.rows(rows.formatted("a")));
                // The files themselves carry no period column, as a partitioned write leaves them.
                assertThat(reader.rows("SELECT count(*) FROM (DESCRIBE SELECT * FROM read_parquet('" + onePeriod
                        + "/*/*.parquet', hive_partitioning = false)) WHERE column_name = 'period'").get(0)[0]).isEqualTo(0L);
            }
        }
    }

    private static void assertEveryEngine(Function<SqlDialect, String> expression, Object... expected) {
        for (SqlEngine engine : engines) {
            assertThat(column(engine, expression.apply(engine.dialect()))).as(engine.dialect().name())
                    .containsExactly(expected);
        }
    }

    private static List<Object> column(SqlEngine engine, String expression) {
        List<Object> values = new ArrayList<>();
        for (Object[] row : engine.rows("SELECT " + expression + " FROM t ORDER BY id")) {
            values.add(row[0] instanceof Integer i ? (Object) i.longValue() : row[0]);
        }
        return values;
    }
}
