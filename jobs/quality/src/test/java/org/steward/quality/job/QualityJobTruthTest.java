package org.steward.quality.job;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.steward.platform.batch.JobRuns;
import org.steward.platform.batch.RunScope;
import org.steward.platform.testing.StewardTestContext;
import org.steward.platform.testing.TestSettings;

/**
 * The bundled sample, staged, then checked by the shipped rule pack: every defect the generator planted
 * (truth/dq_defects.csv) is found exactly, by the check that looks for it.
 */
class QualityJobTruthTest {

    private static final Path SAMPLE = TestSettings.REPOSITORY_ROOT.resolve("sample-data/sample");

    @TempDir
    static Path folder;

    private static ConfigurableApplicationContext context;
    private static JobExecution quality;
    private static Map<String, Long> planted;
    private static Path output;

    @BeforeAll
    static void stageAndCheckTheSample() throws Exception {
        context = StewardTestContext.start(TestSettings.h2(folder), QualityTestApplication.class);
        JobRuns runs = context.getBean(JobRuns.class);
        output = folder.resolve("out");
        JobExecution stage = runs.start(context.getBean("stageJob", Job.class), RunScope.parse("all"), SAMPLE, output);
        assertThat(stage.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        quality = runs.start(context.getBean("qualityJob", Job.class), RunScope.parse("all"), SAMPLE, output);
        planted = new HashMap<>();
        try (CsvReader<NamedCsvRecord> truth = CsvReader.builder().ofNamedCsvRecord(SAMPLE.resolve("truth/dq_defects.csv"))) {
            truth.forEach(r -> planted.put(r.getField("defect"), Long.parseLong(r.getField("rows"))));
        }
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void theJobCompletesAndSignalsFailedErrorChecksAfterWritingItsOutputs() throws Exception {
        assertThat(quality.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(quality.getExitStatus().getExitCode()).isEqualTo(QualityJobConfiguration.FAILED_CHECKS);
        assertThat(query("SELECT count(*) FROM read_parquet('quality/results/*/*.parquet') WHERE status = 'fail' "
                + "AND severity = 'error'")).isPositive();
        assertThat(query("SELECT count(DISTINCT period) FROM read_parquet('quality/scores/*/*.parquet', hive_partitioning = true)"))
                .isGreaterThanOrEqualTo(12);
    }

    @Test
    void everyPlantedDefectIsFoundExactly() throws Exception {
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("encounters.principal_dx_billable",
                planted.get("invalid_icd10cm") + planted.get("nonbillable_icd10cm") + planted.get("malformed_icd10cm"));
        expected.put("encounters.principal_dx_format", planted.get("malformed_icd10cm"));
        expected.put("encounters.procedures_valid", planted.get("invalid_icd10pcs"));
        expected.put("encounters.discharge_on_or_after_admit", planted.get("discharge_before_admit"));
        expected.put("encounters.service_dates_not_future.discharge_date", planted.get("future_service_date"));
        expected.put("encounters.service_dates_not_future.admit_date", planted.get("future_service_date"));
        expected.put("encounters.attending_npi_check_digit", planted.get("bad_npi_check_digit"));
        expected.put("encounters.inpatient_has_drg", planted.get("missing_drg"));
        expected.put("encounters.drg_valid_for_fy", planted.get("invalid_drg_for_fy"));
        expected.put("encounters.pregnancy_dx_on_male", planted.get("pregnancy_dx_on_male"));
        expected.put("encounters.newborn_dx_on_adult", planted.get("newborn_dx_on_adult"));
        expected.put("claims.billed_non_negative", planted.get("negative_billed_amount"));
        expected.put("patients.ssn_structure", planted.get("ssn_invalid_structure") + planted.get("ssn_placeholder"));
        expected.put("patients.birth_date_not_future", planted.get("birth_date_future"));
        // The generator bills every encounter exactly once, plus the planted orphan claims; so the claims of the
        // encounters that stage quarantined (some with a blank id) point at no staged encounter either.
        long encounters = Files.lines(SAMPLE.resolve("encounters.csv"), StandardCharsets.ISO_8859_1).count() - 1;
        long claims = Files.lines(SAMPLE.resolve("claims.csv"), StandardCharsets.ISO_8859_1).count() - 1;
        assertThat(claims).isEqualTo(encounters + planted.get("claim_without_encounter"));
        long quarantinedEncounters = Files.lines(SAMPLE.resolve("truth/contract_violations.csv"))
                .filter(l -> l.startsWith("encounters.csv,")).count();
        expected.put("claims.encounter_exists", planted.get("claim_without_encounter") + quarantinedEncounters);

        Map<String, Long> found = new LinkedHashMap<>();
        for (String check : expected.keySet()) {
            found.put(check, query("SELECT coalesce(sum(rows_failed), 0) FROM read_parquet('quality/results/*/*.parquet') "
                    + "WHERE check_id = '" + check + "'"));
        }
        assertThat(found).isEqualTo(expected);
        // Paid-above-billed is planted once per claim; the check flags each of the claim's remittance rows.
        assertThat(query("SELECT count(DISTINCT row_key) FROM read_parquet('quality/failures/*/*.parquet') "
                + "WHERE check_id = 'remittance_adjustments.paid_not_above_billed'")).isEqualTo(planted.get("paid_above_billed"));
    }

    /** Every appeal defect the generator planted (truth/appeal_defects.csv) fails the check that looks for it, and only those rows do. */
    @Test
    void everyPlantedAppealDefectFailsItsCheck() throws Exception {
        Map<String, String> checkOf = Map.of("appeal_claim_missing", "appeals.claim_exists",
                "recovered_on_upheld", "appeals.recovered_only_when_overturned",
                "recovered_negative", "appeals.recovered_non_negative",
                "decided_without_date", "appeals.decided_has_date",
                "decision_before_filed", "appeals.decided_after_filed");
        Map<String, Set<String>> expected = new TreeMap<>();
        try (CsvReader<NamedCsvRecord> truth = CsvReader.builder().ofNamedCsvRecord(SAMPLE.resolve("truth/appeal_defects.csv"))) {
            truth.forEach(r -> expected.computeIfAbsent(checkOf.get(r.getField("defect")), c -> new TreeSet<>())
                    .add(r.getField("facility_id") + "|" + r.getField("appeal_id")));
        }
        assertThat(expected.keySet()).containsExactlyInAnyOrderElementsOf(checkOf.values());
        Map<String, Set<String>> found = new TreeMap<>();
        for (String check : expected.keySet()) {
            found.put(check, new TreeSet<>(strings("SELECT row_key FROM read_parquet('quality/failures/*/*.parquet') "
                    + "WHERE check_id = '" + check + "'")));
            assertThat(query("SELECT coalesce(sum(rows_failed), 0) FROM read_parquet('quality/results/*/*.parquet') "
                    + "WHERE check_id = '" + check + "'")).as(check).isEqualTo(expected.get(check).size());
        }
        assertThat(found).isEqualTo(expected);
    }

    @Test
    void failuresPointBackToTheInputLineAndHoldNoRowContents() throws Exception {
        assertThat(query("SELECT count(*) FROM read_parquet('quality/failures/*/*.parquet') f "
                + "JOIN read_parquet('staged/encounters/*/*.parquet') e ON f.row_key = e.facility_id || '|' || e.encounter_id "
                + "AND f.source_line = e.source_line WHERE f.check_id = 'encounters.discharge_on_or_after_admit'"))
                .isEqualTo(planted.get("discharge_before_admit"));
        assertThat(query("SELECT count(*) FROM (DESCRIBE SELECT * FROM read_parquet('quality/failures/*/*.parquet', "
                + "hive_partitioning = true)) WHERE column_name NOT IN ('check_id', 'table_name', 'facility_id', 'row_key', "
                + "'source_line', 'period')")).isZero();
    }

    private static List<String> strings(String sql) throws Exception {
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duck.createStatement()) {
            statement.execute("SET file_search_path = '" + output + "'");
            List<String> values = new ArrayList<>();
            try (ResultSet result = statement.executeQuery(sql)) {
                while (result.next()) {
                    values.add(result.getString(1));
                }
            }
            return values;
        }
    }

    private static long query(String sql) throws Exception {
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duck.createStatement()) {
            statement.execute("SET file_search_path = '" + output + "'");
            try (ResultSet result = statement.executeQuery(sql)) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
