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
import org.steward.stage.csv.UnreadableInputException;

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
        // The run's work folder is gone; only the empty marker that makes a repeated publish step a no-op is left.
        assertThat(output.resolve(".work")).isDirectoryNotContaining(p -> Files.isDirectory(p)
                && p.getFileName().toString().startsWith("stage-"));
        assertThat(output.resolve(".work/stage-" + execution.getJobInstanceId() + ".published")).isEmptyFile();
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
    void aHeaderThatNamesAColumnTwiceStopsTheRunBeforeItStartsNamingFileAndColumn() throws Exception {
        assertThatThrownBy(() -> StageInput.check(FIXTURES.resolve("headerNamesAColumnTwice")))
                .isInstanceOf(ConfigException.class)
                .hasMessageEndingWith("patients.csv: the header names a column more than once: email (columns 15, 16); "
                        + "keep one column of each name");
        // A file that changed after the check stops the job as an input error (exit 2), never a guess at the value.
        JobExecution execution = run("headerNamesAColumnTwice", "all");
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getAllFailureExceptions()).anySatisfy(e -> assertThat(e)
                .isInstanceOf(UnreadableInputException.class).hasMessageContaining("email (columns 15, 16)"));
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

    @Test
    void anEmptyOrFullyQuarantinedSnapshotTableIsStagedAsAnEmptyTableWithItsSchema() throws Exception {
        String patientsHeader = "facility_id,mrn,first_name,middle_name,last_name,name_suffix,sex,birth_date,ssn,"
                + "address_line,city,state,zip,phone,email\n";
        String encountersHeader = Files.readAllLines(FIXTURES.resolve("valid/encounters.csv")).get(0) + "\n";
        Path headerOnly = Files.createDirectories(output.resolve("header-only"));
        Files.writeString(headerOnly.resolve("patients.csv"), patientsHeader);
        Files.writeString(headerOnly.resolve("encounters.csv"), encountersHeader);
        Path allBad = Files.createDirectories(output.resolve("all-bad"));
        // No MRN (part of the key), and a row with a field too few: every row is quarantined.
        Files.writeString(allBad.resolve("patients.csv"), patientsHeader
                + "F1,,Ann,,Lee,,F,1971-02-03,,,,,,,\n" + "F1,M2,Bo,,Lee,,F,1971-02-03,,,,,,\n");
        Files.writeString(allBad.resolve("encounters.csv"), encountersHeader
                + "F1,,M001,inpatient,2025-01-28,2025-02-02,01,MCR,1234567893,291,I50.21,,,1.00\n");

        for (Path input : List.of(headerOnly, allBad)) {
            Path out = output.resolve("out-" + input.getFileName());
            JobExecution execution = runs.start(stage, RunScope.parse("all"), input, out);
            assertThat(execution.getStatus()).as(input.getFileName().toString()).isEqualTo(BatchStatus.COMPLETED);
            try (var files = Files.list(out.resolve("staged/patients"))) {
                assertThat(files.filter(f -> f.toString().endsWith(".parquet")).count()).isEqualTo(1);
            }
            assertThat(StagedOutput.count(out, "SELECT count(*) FROM stg_patients")).isZero();
            assertThat(StagedOutput.query(out, "SELECT column_name FROM (DESCRIBE stg_patients) WHERE column_name IN "
                    + "('facility_id', 'mrn', 'birth_date', 'source_line') ORDER BY 1")).containsExactly(
                    row("birth_date"), row("facility_id"), row("mrn"), row("source_line"));
            // A table by period with no valid rows has no period folder; the summary says it staged none.
            assertThat(out.resolve("staged/encounters/period=2025-02")).doesNotExist();
            assertThat(StagedOutput.query(out, "SELECT t.table, t.present, t.rows_written, len(t.periods) "
                    + "FROM (SELECT unnest(tables) AS t FROM stg_runs) WHERE t.table IN ('patients', 'encounters') ORDER BY 1"))
                    .containsExactly(row("encounters", "true", "0", "0"), row("patients", "true", "0", "0"));
        }
        assertThat(StagedOutput.count(output.resolve("out-all-bad"), "SELECT count(*) FROM stg_quarantine "
                + "WHERE table_name = 'patients'")).isEqualTo(2);
    }

    private static StepExecution step(JobExecution execution, String name) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(name)).findFirst().orElseThrow();
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
