package org.steward.quality.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.steward.core.contract.StagedColumn;
import org.steward.core.contract.StagedColumn.StoredType;
import org.steward.platform.output.OutputLayout;
import org.steward.platform.output.ParquetRowFile;
import org.steward.quality.engine.FailingRow;
import org.steward.quality.judge.Alert;
import org.steward.quality.judge.CheckResult;
import org.steward.quality.judge.Scores;

/**
 * Writes quality/results, failures, scores and alerts as Parquet, one folder per period, into a run's
 * work area. Counts, rates, row keys and input lines only: no row contents.
 */
final class QualityOutputs {

    static final List<String> KINDS = List.of("results", "failures", "scores", "alerts");

    private static final ParquetRowFile.Format FORMAT = new ParquetRowFile.Format("snappy", 8);

    static final List<StagedColumn> RESULTS = List.of(string("check_id"), string("table_name"), string("dimension"),
            string("subtype"), string("severity"), string("owner"), string("description"), string("facility_id"),
            number("rows_checked"), number("rows_failed"), number("rows_not_checkable"), rate("failure_rate"),
            rate("threshold"), string("status"), string("note"), string("evaluated_at"));
    static final List<StagedColumn> FAILURES = List.of(string("check_id"), string("table_name"), string("facility_id"),
            string("row_key"), number("source_line"));
    static final List<StagedColumn> SCORES = List.of(string("table_name"), string("facility_id"), string("dimension"),
            number("checks"), rate("score"));
    static final List<StagedColumn> ALERTS = List.of(string("check_id"), string("table_name"), string("severity"),
            string("owner"), string("facility_id"), rate("failure_rate"), rate("trailing_mean"), rate("trailing_stddev"),
            number("trailing_periods"));

    private QualityOutputs() {
    }

    static void write(Path work, String evaluatedAt, List<CheckResult> results, List<FailingRow> failures,
                      List<Scores.Score> scores, List<Alert> alerts, Map<String, String> tableOf) throws IOException {
        writeByPeriod(work.resolve("results"), RESULTS, results, r -> r.counts().period(), r -> new Object[] {
                r.check().id(), r.check().table(), r.check().dimension().label(),
                r.check().subtype().map(s -> s.label()).orElse(null), r.check().severity().name().toLowerCase(),
                r.check().owner(), r.check().description(), r.counts().facilityId(), r.counts().rowsChecked(),
                r.counts().rowsFailed(), r.counts().rowsNotCheckable(), r.failureRate(), r.check().threshold(),
                r.status(), r.counts().note(), evaluatedAt});
        writeByPeriod(work.resolve("failures"), FAILURES, failures, FailingRow::period, f -> new Object[] {
                f.checkId(), tableOf.get(f.checkId()), f.facilityId(), f.rowKey(), f.sourceLine()});
        writeByPeriod(work.resolve("scores"), SCORES, scores, Scores.Score::period, s -> new Object[] {
                s.table(), s.facilityId(), s.dimension(), (long) s.checks(), s.score()});
        writeByPeriod(work.resolve("alerts"), ALERTS, alerts, a -> a.result().counts().period(), a -> new Object[] {
                a.result().check().id(), a.result().check().table(), a.result().check().severity().name().toLowerCase(),
                a.result().check().owner(), a.result().counts().facilityId(), a.regression().failureRate(),
                a.regression().trailingMean(), a.regression().trailingStandardDeviation(),
                (long) a.regression().periods()});
    }

    private static <T> void writeByPeriod(Path folder, List<StagedColumn> columns, List<T> rows,
                                          Function<T, String> period, Function<T, Object[]> values) throws IOException {
        Map<String, ParquetRowFile> files = new HashMap<>();
        try {
            for (T row : rows) {
                ParquetRowFile file = files.get(period.apply(row));
                if (file == null) {
                    file = ParquetRowFile.create(folder.resolve(OutputLayout.periodDirectory(period.apply(row)))
                            .resolve("part-000.parquet"), columns, FORMAT);
                    files.put(period.apply(row), file);
                }
                file.write(values.apply(row));
            }
        } finally {
            for (ParquetRowFile file : files.values()) {
                file.close();
            }
        }
    }

    private static StagedColumn string(String name) {
        return new StagedColumn(name, StoredType.STRING, true);
    }

    private static StagedColumn number(String name) {
        return new StagedColumn(name, StoredType.LONG);
    }

    private static StagedColumn rate(String name) {
        return new StagedColumn(name, StoredType.DOUBLE);
    }
}
