package org.steward.quality.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.steward.platform.engine.DuckDbEngine;
import org.steward.platform.engine.SqlColumn;
import org.steward.platform.engine.SqlEngine;
import org.steward.platform.engine.SqlType;
import org.steward.quality.engine.FailingRow;
import org.steward.quality.judge.Alert;
import org.steward.quality.judge.CheckResult;
import org.steward.quality.judge.Scores;

/**
 * Writes quality/results, failures, scores and alerts as Parquet, one folder per period, into a run's
 * work area. Counts, rates, row keys and input lines only: no row contents. Written through an in-process
 * DuckDB whatever the run's engine (they are small, and made in this process): one partitioned write per output
 * takes a fraction of the time of a Java Parquet writer per period folder (measured: 0.4 s against 3.2 s for the
 * 18,000 results, 78,000 sampled failures and 140 periods of 1M persons).
 */
final class QualityOutputs {

    static final List<String> KINDS = List.of("results", "failures", "scores", "alerts");

    static final List<SqlColumn> RESULTS = List.of(string("check_id"), string("table_name"), string("dimension"),
            string("subtype"), string("severity"), string("owner"), string("description"), string("facility_id"),
            number("rows_checked"), number("rows_failed"), number("rows_not_checkable"), rate("failure_rate"),
            rate("threshold"), string("status"), string("note"), string("evaluated_at"));
    static final List<SqlColumn> FAILURES = List.of(string("check_id"), string("table_name"), string("facility_id"),
            string("row_key"), number("source_line"));
    static final List<SqlColumn> SCORES = List.of(string("table_name"), string("facility_id"), string("dimension"),
            number("checks"), rate("score"));
    static final List<SqlColumn> ALERTS = List.of(string("check_id"), string("table_name"), string("severity"),
            string("owner"), string("facility_id"), rate("failure_rate"), rate("trailing_mean"), rate("trailing_stddev"),
            number("trailing_periods"));

    private QualityOutputs() {
    }

    static void write(Path work, String evaluatedAt, List<CheckResult> results, List<FailingRow> failures,
                      List<Scores.Score> scores, List<Alert> alerts, Map<String, String> tableOf) {
        try (DuckDbEngine duck = new DuckDbEngine()) {
            writeByPeriod(duck, work.resolve("results"), RESULTS, results, r -> r.counts().period(), r -> new Object[] {
                    r.check().id(), r.check().table(), r.check().dimension().label(),
                    r.check().subtype().map(s -> s.label()).orElse(null), r.check().severity().name().toLowerCase(),
                    r.check().owner(), r.check().description(), r.counts().facilityId(), r.counts().rowsChecked(),
                    r.counts().rowsFailed(), r.counts().rowsNotCheckable(), r.failureRate(), r.check().threshold(),
                    r.status(), r.counts().note(), evaluatedAt});
            writeByPeriod(duck, work.resolve("failures"), FAILURES, failures, FailingRow::period, f -> new Object[] {
                    f.checkId(), tableOf.get(f.checkId()), f.facilityId(), f.rowKey(), f.sourceLine()});
            writeByPeriod(duck, work.resolve("scores"), SCORES, scores, Scores.Score::period, s -> new Object[] {
                    s.table(), s.facilityId(), s.dimension(), (long) s.checks(), s.score()});
            writeByPeriod(duck, work.resolve("alerts"), ALERTS, alerts, a -> a.result().counts().period(), a -> new Object[] {
                    a.result().check().id(), a.result().check().table(), a.result().check().severity().name().toLowerCase(),
                    a.result().check().owner(), a.result().counts().facilityId(), a.regression().failureRate(),
                    a.regression().trailingMean(), a.regression().trailingStandardDeviation(),
                    (long) a.regression().periods()});
        }
    }

    /** The rows as {@code folder/period=P/} Parquet files; nothing when there are none. */
    private static <T> void writeByPeriod(SqlEngine duck, Path folder, List<SqlColumn> columns, List<T> rows,
                                          Function<T, String> period, Function<T, Object[]> values) {
        if (rows.isEmpty()) {
            return;
        }
        List<SqlColumn> withPeriod = new ArrayList<>(columns);
        withPeriod.add(string("period"));
        List<Object[]> cells = new ArrayList<>(rows.size());
        for (T row : rows) {
            Object[] value = Arrays.copyOf(values.apply(row), withPeriod.size());
            value[columns.size()] = period.apply(row);
            cells.add(value);
        }
        String table = "quality_" + folder.getFileName();
        duck.registerRows(table, withPeriod, cells);
        duck.writeParquet("SELECT * FROM " + duck.dialect().quote(table), withPeriod, folder, true);
    }

    private static SqlColumn string(String name) {
        return new SqlColumn(name, SqlType.STRING);
    }

    private static SqlColumn number(String name) {
        return new SqlColumn(name, SqlType.BIGINT);
    }

    private static SqlColumn rate(String name) {
        return new SqlColumn(name, SqlType.DOUBLE);
    }
}
