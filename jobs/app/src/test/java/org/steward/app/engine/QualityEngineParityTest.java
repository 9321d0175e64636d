package org.steward.app.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.app.ExitCodes;
import org.steward.app.bench.DuckDbQualityReference;
import org.steward.app.cli.StewardCommand;
import org.steward.platform.batch.RunScope;
import org.steward.platform.engine.DuckDbEngine;
import org.steward.platform.engine.SparkSqlEngine;
import org.steward.platform.engine.SqlEngine;
import org.steward.platform.output.OutputLayout;
import org.steward.platform.testing.TestSettings;
import org.steward.quality.config.RulePack;
import org.steward.quality.config.RulePackLoader;
import org.steward.quality.engine.CheckCounts;
import org.steward.quality.engine.FailingRow;
import org.steward.quality.engine.QualityEngine;
import org.steward.quality.reference.ReferenceCatalog;

/**
 * Every shipped quality check gives the same counts and failure samples on DuckDB and on Spark, over
 * the bundled sample and over a fixture of edge cases (nulls, empty lists, month ends, leap days, codes
 * at fiscal-year boundaries, regex metacharacters, ungroupable DRGs, tables with missing keys). Both
 * also match counts known independently: on the fixture, counted by hand; on the sample, the
 * hand-written DuckDB SQL of bench/quality-reference.sql, a third implementation of every check.
 */
class QualityEngineParityTest {

    private static final Path HOME = TestSettings.REPOSITORY_ROOT;
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

    @TempDir
    static Path folder;

    private static RulePack pack;
    private static ReferenceCatalog catalog;

    @BeforeAll
    static void stageTheInputs() throws Exception {
        System.setProperty("steward.home", HOME.toString());
        Path config = Files.writeString(folder.resolve("steward.yml"), Files.readString(HOME.resolve("config/steward.yml"))
                .replace("${STEWARD_HOME}/var/job-repository", folder.resolve("job-repository").toString()));
        stage(HOME.resolve("sample-data/sample"), folder.resolve("sample"), config);
        stage(Path.of("src/test/resources/fixtures/engineEdgeCases").toAbsolutePath(), folder.resolve("edges"), config);
        pack = RulePackLoader.load(HOME.resolve("config/quality"));
        catalog = ReferenceCatalog.load(HOME.resolve("config/reference"));
    }

    private static void stage(Path input, Path output, Path config) {
        int exit = StewardCommand.execute("run", "stage", "--input", input.toString(), "--output", output.toString(),
                "--config", config.toString());
        assertThat(exit).isEqualTo(ExitCodes.OK);
    }

    @Test
    void theSampleGivesTheSameResultsOnBothEnginesAndTheHandWrittenReference() throws Exception {
        Path output = folder.resolve("sample");
        QualityEngine.Evaluation duck = evaluate(new DuckDbEngine(), output);
        QualityEngine.Evaluation sparkSql = evaluate(new SparkSqlEngine(ParitySpark.session()), output);

        assertThat(duck.counts()).hasSizeGreaterThan(500);
        assertThat(sorted(sparkSql.counts())).isEqualTo(sorted(duck.counts()));
        assertThat(sortedFailures(sparkSql.failures())).isEqualTo(sortedFailures(duck.failures()));

        Path written = Files.createDirectories(folder.resolve("reference-out"));
        Map<String, Long> reference = DuckDbQualityReference.run(output, HOME.resolve("config/reference"), AS_OF, pack,
                written).failed();
        assertThat(reference.keySet()).as("the reference covers every shipped check")
                .containsExactlyInAnyOrderElementsOf(pack.byId().keySet());
        assertThat(failedByCheck(duck)).isEqualTo(new TreeMap<>(reference));

        // The job writes what the hand-written SQL writes, row for row: results, failure sample, scores and alerts.
        int exit = StewardCommand.execute("run", "quality", "--output", output.toString(), "--config",
                folder.resolve("steward.yml").toString(), "--as-of", AS_OF.toString());
        assertThat(exit).isIn(ExitCodes.OK, ExitCodes.CHECKS_FAILED);
        assertThat(DuckDbQualityReference.count(output, "SELECT count(*) FROM read_parquet('quality/results/*/*.parquet')"))
                .isEqualTo(duck.counts().size());
        assertThat(DuckDbQualityReference.count(output, "SELECT count(*) FROM read_parquet('quality/failures/*/*.parquet')"))
                .isEqualTo(duck.failures().size()).isPositive();
        assertThat(DuckDbQualityReference.outputDifferences(output, written)).isEmpty();
    }

    @Test
    void theEdgeCasesGiveTheSameResultsOnBothEnginesAndTheCountsKnownByHand() {
        Path output = folder.resolve("edges");
        QualityEngine.Evaluation duck = evaluate(new DuckDbEngine(), output);
        QualityEngine.Evaluation sparkSql = evaluate(new SparkSqlEngine(ParitySpark.session()), output);
        assertThat(sorted(sparkSql.counts())).isEqualTo(sorted(duck.counts()));
        assertThat(sortedFailures(sparkSql.failures())).isEqualTo(sortedFailures(duck.failures()));

        Map<String, Long> expected = new TreeMap<>();
        // The fixture holds the five tables of the first jobs: the checks of other tables have nothing to count.
        Path edges = Path.of("src/test/resources/fixtures/engineEdgeCases");
        pack.checks().stream().filter(check -> Files.exists(edges.resolve(check.table() + ".csv")))
                .forEach(check -> expected.put(check.id(), 0L));
        expected.putAll(Map.ofEntries(
                Map.entry("patients.filled.first_name", 1L),
                // 123-45-6789 and 219-09-9999 are placeholders; 666 is never an area.
                Map.entry("patients.ssn_structure", 3L),
                Map.entry("patients.birth_date_not_future", 1L),
                Map.entry("patients.age_at_most_120", 1L),
                Map.entry("encounters.discharge_on_or_after_admit", 1L),
                Map.entry("encounters.service_dates_not_future.discharge_date", 1L),
                Map.entry("encounters.attending_npi_check_digit", 1L),
                Map.entry("encounters.pregnancy_dx_on_male", 1L),
                // Born 2007-02-28, admitted 2025-02-28: 18 that day (the patient born 2007-03-01 is 17).
                Map.entry("encounters.newborn_dx_on_adult", 2L),
                Map.entry("encounters.patient_exists", 1L),
                // 077 left the table in FY2026 (discharged 1 October 2025); 999 is ungroupable.
                Map.entry("encounters.drg_valid_for_fy", 2L),
                Map.entry("encounters.principal_dx_format", 1L),
                Map.entry("encounters.principal_dx_billable", 1L),
                Map.entry("encounters.secondary_dx_billable", 2L),
                Map.entry("encounters.procedures_format", 1L),
                Map.entry("encounters.procedures_valid", 2L),
                Map.entry("encounters.length_of_stay_outlier", 1L),
                Map.entry("encounters.inpatient_has_drg", 1L),
                Map.entry("encounters.charges_non_negative", 1L),
                Map.entry("encounters.final_billed_within_30_days", 7L),
                Map.entry("claims.encounter_exists", 1L),
                Map.entry("claims.final_billed_within_30_days", 1L),
                Map.entry("claims.billed_non_negative", 1L),
                Map.entry("claims.submitted_not_future", 1L),
                Map.entry("remittance_adjustments.paid_not_above_billed", 1L),
                Map.entry("remittance_adjustments.group_code_valid", 1L),
                Map.entry("remittance_adjustments.claim_exists", 1L),
                Map.entry("cdi_queries.answered_after_opened", 1L),
                Map.entry("cdi_queries.encounter_exists", 1L),
                Map.entry("cdi_queries.answer_matches_outcome", 1L)));
        assertThat(failedByCheck(duck)).isEqualTo(expected);
        // Rows that cannot be checked: FY2023 has no ICD-10-CM file; 077 (FY2026) and 999 have no GMLOS.
        assertThat(notCheckable(duck, "encounters.principal_dx_billable")).isEqualTo(2);
        assertThat(notCheckable(duck, "encounters.length_of_stay_outlier")).isEqualTo(2);
    }

    private static QualityEngine.Evaluation evaluate(SqlEngine engine, Path output) {
        try (engine) {
            return new QualityEngine(engine, catalog).evaluate(pack, new OutputLayout(output), RunScope.parse("all"), AS_OF,
                    100);
        }
    }

    private static Map<String, Long> failedByCheck(QualityEngine.Evaluation evaluation) {
        return evaluation.counts().stream().collect(Collectors.groupingBy(CheckCounts::checkId, TreeMap::new,
                Collectors.summingLong(CheckCounts::rowsFailed)));
    }

    private static long notCheckable(QualityEngine.Evaluation evaluation, String check) {
        return evaluation.counts().stream().filter(c -> c.checkId().equals(check)).mapToLong(CheckCounts::rowsNotCheckable).sum();
    }

    private static List<CheckCounts> sorted(List<CheckCounts> counts) {
        return counts.stream().sorted(Comparator.comparing(CheckCounts::checkId).thenComparing(CheckCounts::facilityId)
                .thenComparing(CheckCounts::period)).toList();
    }

    private static List<FailingRow> sortedFailures(List<FailingRow> rows) {
        return rows.stream().sorted(Comparator.comparing(FailingRow::checkId).thenComparing(FailingRow::facilityId)
                .thenComparing(FailingRow::period).thenComparingLong(FailingRow::sourceLine)).toList();
    }
}
