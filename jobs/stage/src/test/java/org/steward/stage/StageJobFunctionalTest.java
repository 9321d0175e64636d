package org.steward.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.steward.platform.batch.JobRuns;
import org.steward.platform.batch.RunScope;
import org.steward.platform.settings.ConfigException;
import org.steward.platform.testing.StewardTestContext;
import org.steward.platform.testing.TestSettings;

/** The stage job end to end: real H2 JobRepository, real CSV fixtures, Parquet read back through DuckDB. */
class StageJobFunctionalTest {

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

    private JobExecution run(String fixture, String scope) throws Exception {
        return runs.start(stage, RunScope.parse(scope), FIXTURES.resolve(fixture), output);
    }

    @Test
    void stagesEveryTableWithTypedNormalisedValuesAndTheirSourceLines() throws Exception {
        JobExecution execution = run("valid", "all");

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(StagedOutput.query(output, "SELECT mrn, sex, birth_date, birth_date_raw, state, address_line, "
                + "last_name, source_line FROM stg_patients ORDER BY source_line")).containsExactly(
                row("M001", "F", "1971-02-03", null, "IL", "12 Oak St, Apt 4", "O'Neil", "2"),
                row("M002", "F", null, "1985-13-01", "IL", "Line one\nline two", "García", "3"),
                row("X9", "M", "1950-07-04", null, "IL", "1 Main St", "Smith \"Jr\"", "5"));
        assertThat(StagedOutput.query(output, "SELECT encounter_id, period, encounter_class, ms_drg, principal_dx, "
                + "secondary_dx::VARCHAR, total_charges::VARCHAR FROM stg_encounters ORDER BY encounter_id")).containsExactly(
                row("E1", "2025-02", "inpatient", "291", "I5021", "[E119, N179]", "12500.50"),
                row("E2", "2025-02", "outpatient", null, "Z0000", null, "350.00"),
                row("E3", "2025-03", "inpatient", "871", "A419", "[R6521]", null));
        assertThat(StagedOutput.count(output, "SELECT count(*) FROM stg_claims WHERE payer_name = 'Blue Cross, Blue Shield'"))
                .isEqualTo(1);
        assertThat(StagedOutput.count(output, "SELECT count(*) FROM stg_remittance_adjustments")).isEqualTo(2);
        assertThat(StagedOutput.count(output, "SELECT count(*) FROM stg_cdi_queries WHERE outcome = 'pending' AND answered_date IS NULL"))
                .isEqualTo(1);
        assertThat(StagedOutput.query(output, "SELECT rows_read, rows_written, rows_quarantined FROM stg_runs"))
                .containsExactly(row("12", "12", "0"));
        assertThat(output.resolve(".work")).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith("stage-"));
    }

    @Test
    void quarantinesEachBrokenRowWithLineFieldAndReasonAndLosesNothing() throws Exception {
        JobExecution execution = run("containsBadRows", "all");

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        StepExecution step = step(execution, "stage.encounters");
        assertThat(step.getReadCount()).isEqualTo(8);
        assertThat(step.getWriteCount()).isEqualTo(2);
        assertThat(step.getWriteSkipCount()).isEqualTo(6);
        assertThat(StagedOutput.query(output, "SELECT line, field, reason FROM stg_quarantine ORDER BY line")).containsExactly(
                row("3", "discharge_date", "not a calendar date in YYYY-MM-DD form"),
                row("4", "total_charges", "not a number (digits, an optional sign and point only)"),
                row("5", null, "expected 14 fields as in the header, found 13"),
                row("6", "procedures", "invalid UTF-8 byte sequence"),
                row("7", "encounter_id", "missing encounter_id (part of the row's key)"),
                row("8", "encounter_class", "not one of inpatient, outpatient, emergency, observation"));
        assertThat(StagedOutput.query(output, "SELECT DISTINCT table_name, file, scope FROM stg_quarantine"))
                .containsExactly(row("encounters", "encounters.csv", "all"));
        assertThat(StagedOutput.query(output, "SELECT encounter_id, source_line FROM stg_encounters ORDER BY 1"))
                .containsExactly(row("E10", "2"), row("E17", "9"));
    }

    @Test
    void reRunningReplacesOutputsAndAOnePeriodRunOwnsOnlyThatPeriod() throws Exception {
        run("valid", "all");
        JobExecution again = run("valid", "all");
        assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(StagedOutput.count(output, "SELECT count(*) FROM stg_encounters")).isEqualTo(3);
        assertThat(StagedOutput.count(output, "SELECT count(*) FROM stg_patients")).isEqualTo(3);

        JobExecution february = run("containsBadRows", "2025-02");
        assertThat(february.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        StepExecution step = step(february, "stage.encounters");
        assertThat(step.getReadCount()).isEqualTo(8);
        assertThat(step.getWriteCount()).isEqualTo(1);
        assertThat(step.getWriteSkipCount()).isEqualTo(6);
        assertThat(step.getFilterCount()).as("the January row is counted, not staged").isEqualTo(1);
        // February now holds only the re-run's row; March (not in the run's scope) is untouched.
        assertThat(StagedOutput.query(output, "SELECT period, encounter_id FROM stg_encounters ORDER BY 1, 2")).containsExactly(
                row("2025-02", "E17"), row("2025-03", "E3"));
        // Files absent from the input leave their tables as they were.
        assertThat(StagedOutput.count(output, "SELECT count(*) FROM stg_claims")).isEqualTo(2);
        assertThat(StagedOutput.query(output, "SELECT DISTINCT scope FROM stg_quarantine")).containsExactly(row("2025-02"));
    }

    @Test
    void aFailedRunRestartsFromTheStepThatFailedWithoutRedoingTheOthers() throws Exception {
        // Induce a failure while publishing: a plain file stands where the claims table must go.
        Files.createDirectories(output.resolve("staged"));
        Path blocker = Files.writeString(output.resolve("staged/claims"), "not a directory");
        JobExecution failed = run("valid", "all");
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(step(failed, "stage.publish").getStatus()).isEqualTo(BatchStatus.FAILED);

        Files.delete(blocker);
        JobExecution restarted = runs.restart(runs.latest("stage", "all", Optional.of(output)).orElseThrow());

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
        assertThat(restarted.getStepExecutions()).extracting(StepExecution::getStepName).containsExactly("stage.publish");
        assertThat(StagedOutput.count(output, "SELECT count(*) FROM stg_claims")).isEqualTo(2);
        assertThat(StagedOutput.count(output, "SELECT count(*) FROM stg_encounters")).isEqualTo(3);
        // The summary written by the restart still counts the tables staged before the failure.
        assertThat(StagedOutput.query(output, "SELECT rows_read FROM stg_runs")).containsExactly(row("12"));
    }

    @Test
    void aFileWithoutRequiredColumnsStopsTheRunBeforeItStarts() {
        assertThatThrownBy(() -> StageInput.check(FIXTURES.resolve("missingColumn")))
                .isInstanceOf(ConfigException.class)
                .hasMessageEndingWith("claims.csv: missing required columns payer_name, billed_amount");
        assertThatThrownBy(() -> StageInput.check(FIXTURES.resolve("nowhere")))
                .hasMessageEndingWith("nowhere: input folder not found");
    }

    @Test
    void aFileThatCannotBeParsedFailsTheRunNamingTheFile() throws Exception {
        Path input = Files.createDirectories(output.resolve("input"));
        Files.writeString(input.resolve("claims.csv"),
                "facility_id,claim_id,encounter_id,payer_id,payer_name,submitted_date,billed_amount\n"
                        + "F1,C1,E1,MCR,\"Medicare,2025-01-01,1.00\n");
        JobExecution execution = runs.start(stage, RunScope.parse("all"), input, output.resolve("out"));
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getAllFailureExceptions()).anySatisfy(e ->
                assertThat(e).hasMessageContaining("claims.csv: a quoted field is opened and never closed"));
    }

    private static StepExecution step(JobExecution execution, String name) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(name)).findFirst().orElseThrow();
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
