package org.steward.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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
 * Given input files that hold one row key more than once (a registration exported twice, an encounter
 * edited between two export pages, an 835 adjustment sent twice), when stage runs, then the last row of
 * each key is staged, the others are quarantined naming the kept line, the summary counts them, and the
 * run completes.
 */
class RepeatedKeysFunctionalTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures").toAbsolutePath();

    @TempDir
    static Path repositoryFolder;

    private static ConfigurableApplicationContext context;
    private static JobRuns runs;
    private static Job stage;

    @TempDir
    Path output;

    @BeforeAll
    static void startContext() {
        context = StewardTestContext.start(TestSettings.h2(repositoryFolder), StageTestApplication.class);
        runs = context.getBean(JobRuns.class);
        stage = context.getBean("stageJob", Job.class);
    }

    @AfterAll
    static void stopContext() {
        context.close();
    }

    @Test
    void theLastRowOfARepeatedKeyIsStagedAndTheOthersAreQuarantinedNamingIt() throws Exception {
        JobExecution execution = runs.start(stage, RunScope.parse("all"), FIXTURES.resolve("containsRepeatedKeys"), output);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        // The same MRN at another facility is another registration; the key's spaces are trimmed before comparing.
        assertThat(StagedOutput.query(output, "SELECT facility_id, mrn, last_name, birth_date, birth_date_raw, source_line "
                + "FROM stg_patients ORDER BY source_line")).containsExactly(
                row("F1", "M001", "Lee-Park", "1971-02-03", null, "4"),
                row("F2", "M001", "Ortiz", "1990-01-01", null, "5"),
                row("F1", "M002", "Chan", "1980-05-06", null, "6"),
                row("F1", "M003", "Fox", "1999-09-09", null, "8"),
                row("F1", "M004", "Wu", "1960-06-06", null, "10"));
        assertThat(StagedOutput.query(output, "SELECT table_name, line, field, reason FROM stg_quarantine "
                + "ORDER BY table_name, line")).containsExactly(
                row("encounters", "2", null, "repeated key facility_id, encounter_id: line 4 has the same key and is "
                        + "kept (the last row in the file wins)"),
                row("patients", "2", null, "repeated key facility_id, mrn: line 4 has the same key and is kept "
                        + "(the last row in the file wins)"),
                row("patients", "3", null, "repeated key facility_id, mrn: line 6 has the same key and is kept "
                        + "(the last row in the file wins)"),
                row("patients", "7", null, "repeated key facility_id, mrn: line 8 has the same key and is kept "
                        + "(the last row in the file wins)"),
                row("patients", "9", null, "expected 15 fields as in the header, found 14"),
                row("remittance_adjustments", "2", null, "repeated key (every column): line 4 is the same row and "
                        + "is kept (the last row in the file wins)"),
                row("remittance_adjustments", "6", null, "repeated key (every column): line 7 is the same row and "
                        + "is kept (the last row in the file wins)"));
        // The quarantined record is the line as it stands in the file, not a re-typed copy.
        assertThat(StagedOutput.query(output, "SELECT raw_record FROM stg_quarantine WHERE table_name = 'patients' "
                + "AND line = 3")).containsExactly(row("F1,M002,Bo,,Chan,,M,1980-05-06,,3 Elm St,Springfield,IL,62701,,"));
    }

    @Test
    void anEncounterWhoseLastRowMovedItToAnotherMonthLeavesTheFirstMonth() throws Exception {
        runs.start(stage, RunScope.parse("all"), FIXTURES.resolve("containsRepeatedKeys"), output);

        assertThat(StagedOutput.query(output, "SELECT period, facility_id, encounter_id, total_charges::VARCHAR, "
                + "source_line FROM stg_encounters ORDER BY period, source_line")).containsExactly(
                row("2025-02", "F1", "E2", "350.00", "3"),
                row("2025-02", "F1", "E1", "12800.50", "4"),
                row("2025-03", "F2", "E1", null, "5"));
        assertThat(output.resolve("staged/encounters/period=2025-01")).doesNotExist();
        // Another adjustment of the claim and its reversal are other rows; an amount written 3500.5 is 3500.50.
        assertThat(StagedOutput.query(output, "SELECT group_code, carc, adjustment_amount::VARCHAR, source_line "
                + "FROM stg_remittance_adjustments ORDER BY source_line")).containsExactly(
                row("PR", "2", "100.00", "3"),
                row("CO", "45", "3500.50", "4"),
                row("CO", "45", "-3500.50", "5"),
                row("CO", "197", "350.00", "7"));
    }

    @Test
    void theRunSummaryCountsRepeatsAmongTheQuarantinedRowsAndLosesNothing() throws Exception {
        runs.start(stage, RunScope.parse("all"), FIXTURES.resolve("containsRepeatedKeys"), output);

        assertThat(StagedOutput.query(output, "SELECT t.table, t.rows_read, t.rows_written, t.rows_quarantined, "
                + "t.rows_repeated_key, t.periods::VARCHAR FROM (SELECT unnest(tables) AS t FROM stg_runs) "
                + "WHERE t.present ORDER BY 1")).containsExactly(
                row("encounters", "4", "3", "1", "1", "[2025-02, 2025-03]"),
                row("patients", "9", "5", "4", "3", "[]"),
                row("remittance_adjustments", "6", "4", "2", "2", "[2025-03]"));
        assertThat(StagedOutput.query(output, "SELECT rows_read, rows_written, rows_quarantined, rows_repeated_key "
                + "FROM stg_runs")).containsExactly(row("19", "12", "7", "6"));
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
