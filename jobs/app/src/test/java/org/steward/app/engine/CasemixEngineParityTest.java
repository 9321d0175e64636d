package org.steward.app.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.steward.app.engine.OutputRows.csv;
import static org.steward.app.engine.OutputRows.query;
import static org.steward.app.engine.OutputRows.read;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.app.ExitCodes;
import org.steward.app.cli.StewardCommand;
import org.steward.casemix.config.CasemixConfig;
import org.steward.casemix.engine.CasemixEngine;
import org.steward.casemix.engine.CasemixOutputs;
import org.steward.casemix.reference.DrgReference;
import org.steward.platform.engine.DuckDbEngine;
import org.steward.platform.engine.SparkSqlEngine;
import org.steward.platform.engine.SqlEngine;
import org.steward.platform.output.OutputLayout;
import org.steward.platform.testing.TestSettings;

/**
 * The case-mix job on the bundled sample: every output is identical on DuckDB and on Spark, and the
 * figures the generator knows it produced (truth/case_mix.csv, truth/cdi_rates.csv) are found exactly.
 */
class CasemixEngineParityTest {

    private static final Path HOME = TestSettings.REPOSITORY_ROOT;
    private static final Path TRUTH = HOME.resolve("sample-data/sample/truth");
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

    @TempDir
    static Path folder;

    private static Path duckWork;
    private static Path sparkWork;
    private static Path fixtureDuck;
    private static Path fixtureSpark;
    private static CasemixEngine.Result duckResult;

    @BeforeAll
    static void runOnBothEngines() throws Exception {
        System.setProperty("steward.home", HOME.toString());
        Path config = Files.writeString(folder.resolve("steward.yml"), Files.readString(HOME.resolve("config/steward.yml"))
                .replace("${STEWARD_HOME}/var/job-repository", folder.resolve("job-repository").toString()));
        Path output = folder.resolve("sample");
        Path fixture = folder.resolve("fixture");
        assertThat(StewardCommand.execute("run", "stage", "--input", HOME.resolve("sample-data/sample").toString(),
                "--output", output.toString(), "--config", config.toString())).isEqualTo(ExitCodes.OK);
        assertThat(StewardCommand.execute("run", "stage", "--input",
                Path.of("src/test/resources/fixtures/casemixEdgeCases").toAbsolutePath().toString(),
                "--output", fixture.toString(), "--config", config.toString())).isEqualTo(ExitCodes.OK);
        CasemixConfig settings = CasemixConfig.load(HOME.resolve("config/casemix.yml"), HOME);
        DrgReference reference = DrgReference.load(HOME.resolve("config/reference"));
        duckWork = folder.resolve("duck");
        sparkWork = folder.resolve("spark");
        fixtureDuck = folder.resolve("fixture-duck");
        fixtureSpark = folder.resolve("fixture-spark");
        try (DuckDbEngine duck = new DuckDbEngine()) {
            duckResult = new CasemixEngine(duck, reference, settings).run(new OutputLayout(output), Optional.empty(), AS_OF,
                    duckWork);
        }
        try (DuckDbEngine duck = new DuckDbEngine()) {
            new CasemixEngine(duck, reference, settings).run(new OutputLayout(fixture), Optional.empty(), AS_OF, fixtureDuck);
        }
        try (SqlEngine engine = new SparkSqlEngine(ParitySpark.session())) {
            new CasemixEngine(engine, reference, settings).run(new OutputLayout(output), Optional.empty(), AS_OF, sparkWork);
        }
        try (SqlEngine engine = new SparkSqlEngine(ParitySpark.session())) {
            new CasemixEngine(engine, reference, settings).run(new OutputLayout(fixture), Optional.empty(), AS_OF,
                    fixtureSpark);
        }
    }

    @Test
    void everyOutputIsIdenticalOnBothEngines() {
        for (CasemixOutputs output : CasemixOutputs.values()) {
            List<List<Object>> duck = read(duckWork, output);
            List<List<Object>> spark = read(sparkWork, output);
            assertThat(spark).as(output.folder()).isEqualTo(duck);
            assertThat((long) duck.size()).as(output.folder() + " rows").isEqualTo(duckResult.rows().get(output));
            assertThat(read(fixtureSpark, output)).as("fixture " + output.folder()).isEqualTo(read(fixtureDuck, output));
        }
        assertThat(read(duckWork, CasemixOutputs.CMI)).isNotEmpty();
        assertThat(read(duckWork, CasemixOutputs.CDI_RATES)).isNotEmpty();
    }

    /** The fixture's numbers, worked out by hand from config/reference (FY2026: 291 1.2838, 292 0.8490, 293 0.5660). */
    @Test
    void theEdgeCaseFixtureGivesTheFiguresWorkedOutByHand() {
        assertThat(query(fixtureDuck, CasemixOutputs.CMI, "SELECT period, discharges, priced_discharges, unpriced_discharges, "
                + "round(sum_weight, 6), round(cmi, 6), transfer_discharges, round(transfer_adjusted_cases, 6), "
                + "round(transfer_adjusted_weight, 8) FROM t WHERE dimension = 'all' ORDER BY period"))
                .containsExactly(
                        Arrays.asList("2022-05", 1L, 0L, 1L, null, null, 0L, null, null),
                        List.of("2025-11", 7L, 5L, 2L, 4.5486, 0.90972, 1L, 4.526316, 3.94048448));
        assertThat(query(fixtureDuck, CasemixOutputs.CMI, "SELECT dimension_value, priced_discharges, round(sum_weight, 6) "
                + "FROM t WHERE dimension = 'payer_class' AND period = '2025-11' ORDER BY 1"))
                .containsExactly(List.of("medicare", 2L, 1.8498), List.of("other", 3L, 2.6988));
        assertThat(query(fixtureDuck, CasemixOutputs.UNPRICED, "SELECT encounter_id, reason FROM t ORDER BY 1")).containsExactly(
                List.of("E6", "ungroupable_drg"), List.of("E7", "drg_not_in_fiscal_year_table"),
                List.of("E8", "no_weight_table_for_fiscal_year"));
        // E4's cardiac arrest counts as an MCC only for a patient discharged alive (status 20: died).
        assertThat(query(fixtureDuck, CasemixOutputs.SEVERITY, "SELECT severity_split_discharges, with_mcc, with_cc, "
                + "without_cc_mcc, cc_mcc_discharges, cc_mcc_capture_rate, documented_not_captured, captured_not_documented, "
                + "round(weight_documented_not_captured, 6), cc_mcc_list FROM t WHERE dimension = 'all' AND period = '2025-11'"))
                .containsExactly(List.of(5L, 2L, 1L, 2L, 3L, 0.6, 1L, 1L, 0.7178, "v40 (FY2023)"));
        assertThat(query(fixtureDuck, CasemixOutputs.OPPORTUNITIES, "SELECT rank, encounter_id, opportunity, expected_ms_drg, "
                + "documented_severity, cc_mcc_codes, round(weight_difference, 6) FROM t ORDER BY rank")).containsExactly(
                List.of(1L, "E1", "documented_not_captured", "291", "mcc", "I5021:MCC", 0.7178),
                Arrays.asList(2L, "E2", "captured_not_documented", "293", "none", null, -0.7178));
        assertThat(query(fixtureDuck, CasemixOutputs.CDI_RATES, "SELECT period, queries, answered, agreed, disagreed, "
                + "no_response, pending_in_window, overdue, response_rate, agreement_rate, response_days_total, drg_changes, "
                + "round(weight_change, 6), estimated_dollar_impact FROM t WHERE dimension = 'all' ORDER BY period"))
                .containsExactly(
                        Arrays.asList("2025-12", 1L, 0L, 0L, 0L, 0L, 0L, 1L, 0.0, null, null, 0L, 0.0, 0.0),
                        List.of("2026-01", 4L, 2L, 1L, 1L, 1L, 1L, 0L, 2.0 / 3, 0.5, 6L, 1L, 0.7178, 4665.7));
        assertThat(query(fixtureDuck, CasemixOutputs.CDI_QUERY_RATE, "SELECT period, inpatient_discharges, queried_discharges "
                + "FROM t ORDER BY period")).containsExactly(List.of("2022-05", 1L, 0L), List.of("2025-11", 7L, 5L));
    }

    @Test
    void cmiAndCaptureMatchTheGeneratorsTruthExactly() throws Exception {
        Map<String, List<Object>> cmi = byFacilityAndPeriod(query(duckWork, CasemixOutputs.CMI,
                "SELECT facility_id, period, priced_discharges, sum_weight, cmi FROM t WHERE dimension = 'all' "
                + "AND priced_discharges > 0"));
        Map<String, List<Object>> severity = byFacilityAndPeriod(query(duckWork, CasemixOutputs.SEVERITY,
                "SELECT facility_id, period, severity_split_discharges, cc_mcc_discharges FROM t WHERE dimension = 'all'"));
        List<NamedCsvRecord> truth = csv(TRUTH.resolve("case_mix.csv"));
        assertThat(truth).isNotEmpty();
        for (NamedCsvRecord row : truth) {
            String key = row.getField("facility_id") + "|" + row.getField("period");
            List<Object> ours = cmi.get(key);
            assertThat(ours).as(key).isNotNull();
            assertThat(ours.get(2)).as(key + " discharges").isEqualTo(Long.parseLong(row.getField("discharges")));
            assertThat(BigDecimal.valueOf((Double) ours.get(3)).setScale(4, RoundingMode.HALF_UP))
                    .as(key + " sum of weights").isEqualByComparingTo(row.getField("sum_weight"));
            assertThat(BigDecimal.valueOf((Double) ours.get(4)).setScale(4, RoundingMode.HALF_UP))
                    .as(key + " CMI").isEqualByComparingTo(row.getField("cmi"));
            assertThat(severity.get(key).get(2)).as(key + " split").isEqualTo(Long.parseLong(row.getField("severity_split_discharges")));
            assertThat(severity.get(key).get(3)).as(key + " CC/MCC").isEqualTo(Long.parseLong(row.getField("cc_mcc_discharges")));
        }
        assertThat(cmi).as("no facility-month the generator did not write").hasSize(truth.size());
    }

    @Test
    void cdiCountsMatchTheGeneratorsTruthAndRatesFollowFromThem() throws Exception {
        Map<String, List<Object>> ours = new HashMap<>();
        for (List<Object> row : query(duckWork, CasemixOutputs.CDI_RATES, "SELECT facility_id, sum(queries), sum(answered), "
                + "sum(agreed) FROM t WHERE dimension = 'all' GROUP BY facility_id")) {
            ours.put((String) row.get(0), row);
        }
        List<NamedCsvRecord> truth = csv(TRUTH.resolve("cdi_rates.csv"));
        assertThat(truth).isNotEmpty();
        for (NamedCsvRecord row : truth) {
            List<Object> facility = ours.get(row.getField("facility_id"));
            assertThat(facility).isNotNull();
            assertThat(facility.subList(1, 4)).as(row.getField("facility_id")).containsExactly(
                    Long.parseLong(row.getField("queries")), Long.parseLong(row.getField("answered")),
                    Long.parseLong(row.getField("agreed")));
        }
        // Each month's rates are their own numerators over their own denominators.
        for (List<Object> row : query(duckWork, CasemixOutputs.CDI_RATES, "SELECT answered, agreed, agreement_rate, queries, "
                + "pending_in_window, response_rate FROM t WHERE answered > 0")) {
            assertThat((Double) row.get(2)).isCloseTo(((Long) row.get(1)).doubleValue() / (Long) row.get(0), within(1e-12));
            assertThat((Double) row.get(5)).isCloseTo(((Long) row.get(0)).doubleValue()
                    / ((Long) row.get(3) - (Long) row.get(4)), within(1e-12));
        }
    }

    @Test
    void theCmiChangeSplitsIntoPartsThatAddUpAndIsolateTheFiscalYearBoundary() {
        List<List<Object>> changes = query(duckWork, CasemixOutputs.CMI_CHANGE, "SELECT cmi_previous, cmi, change, "
                + "weight_table_effect, mix_effect, severity_effect, previous_fiscal_year, fiscal_year, period FROM t");
        assertThat(changes).isNotEmpty();
        for (List<Object> row : changes) {
            double total = (Double) row.get(2);
            assertThat(total).isCloseTo((Double) row.get(1) - (Double) row.get(0), within(1e-12));
            assertThat((Double) row.get(3) + (Double) row.get(4) + (Double) row.get(5)).isCloseTo(total, within(1e-9));
            if (row.get(6).equals(row.get(7))) {
                assertThat((Double) row.get(3)).as("no weight-table effect inside a fiscal year").isEqualTo(0.0);
            }
        }
        // The sample spans October 2025, so one change per facility crosses into FY2026 and is re-priced.
        assertThat(changes.stream().filter(r -> !r.get(6).equals(r.get(7)))
                .filter(r -> (Double) r.get(3) != 0.0)).isNotEmpty();
        // CMI in the change table is the CMI of the cmi table.
        List<List<Object>> joined = query(duckWork, CasemixOutputs.CMI, "SELECT count(*) FROM t WHERE dimension = 'all'");
        assertThat((Long) joined.get(0).get(0)).isGreaterThan(0L);
    }

    @Test
    void unpricedDischargesAreListedWithTheirReasonAndCountedInTheDenominatorOfNothing() {
        List<List<Object>> unpriced = query(duckWork, CasemixOutputs.UNPRICED, "SELECT reason, count(*) FROM t GROUP BY reason");
        assertThat(unpriced).extracting(r -> r.get(0)).contains("missing_drg", "drg_not_in_fiscal_year_table");
        long listed = unpriced.stream().mapToLong(r -> (Long) r.get(1)).sum();
        List<List<Object>> counted = query(duckWork, CasemixOutputs.CMI,
                "SELECT sum(unpriced_discharges), sum(discharges) - sum(priced_discharges) FROM t WHERE dimension = 'all'");
        assertThat(counted.get(0)).containsExactly(listed, listed);
        assertThat(duckResult.unpriced()).isEqualTo(listed);
    }

    private static Map<String, List<Object>> byFacilityAndPeriod(List<List<Object>> rows) {
        Map<String, List<Object>> keyed = new HashMap<>();
        rows.forEach(r -> keyed.put(r.get(0) + "|" + r.get(1), r));
        return keyed;
    }
}
