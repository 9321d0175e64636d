package org.steward.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
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
import org.steward.core.contract.InputContract;
import org.steward.platform.batch.JobRuns;
import org.steward.platform.batch.RunScope;
import org.steward.platform.settings.ConfigException;
import org.steward.platform.testing.StewardTestContext;
import org.steward.platform.testing.TestSettings;

/**
 * Given registrations staged from a full extract, when a later input brings only new and changed
 * registrations ({@code patients_delta.csv}), then the staged patients are the whole population with the
 * delta's rows in place of the old ones, so every job after stage still sees every registration.
 */
class PatientsDeltaFunctionalTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures").toAbsolutePath();
    private static final String HEADER = String.join(",", InputContract.PATIENTS.columnNames()) + "\n";

    @TempDir
    static Path repositoryFolder;

    private static ConfigurableApplicationContext context;
    private static JobRuns runs;
    private static Job stage;

    @TempDir
    Path folder;

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
    void aDeltaReplacesTheRegistrationsItHoldsAndKeepsEveryOther() throws Exception {
        Path output = folder.resolve("out");
        assertThat(runs.start(stage, RunScope.parse("all"), FIXTURES.resolve("valid"), output).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        // M002 changed its name; N1 is new, edited between two export pages.
        Path delta = delta("F1,M002,José,Maria,García-López,,F,1985-03-01,,1 New St,Chicago,IL,60601,,\n"
                + "F3,N1,Eve,,Stone,,F,2001-01-01,,,,,,,\n"
                + "F3,N1,Eve,,Stone-Hart,,F,2001-01-01,,,,,,,\n");

        JobExecution execution = runs.start(stage, RunScope.parse("all"), delta, output);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(StagedOutput.query(output, "SELECT facility_id, mrn, last_name, birth_date, source_line FROM stg_patients "
                + "ORDER BY facility_id, mrn")).containsExactly(
                row("F1", "M001", "O'Neil", "1971-02-03", "2"),
                row("F1", "M002", "García-López", "1985-03-01", "2"),
                row("F2", "X9", "Smith \"Jr\"", "1950-07-04", "5"),
                row("F3", "N1", "Stone-Hart", "2001-01-01", "4"));
        // What quality's patient_exists asks: every staged encounter's registration is still staged.
        assertThat(StagedOutput.count(output, "SELECT count(*) FROM stg_encounters e "
                + "ANTI JOIN stg_patients p USING (facility_id, mrn)")).isZero();
        assertThat(StagedOutput.query(output, "SELECT t.rows_read, t.rows_written, t.rows_quarantined, t.rows_repeated_key, "
                + "t.rows_carried_over FROM (SELECT unnest(tables) AS t FROM stg_runs WHERE execution_id = "
                + execution.getId() + ") WHERE t.table = 'patients'")).containsExactly(row("3", "2", "1", "1", "2"));
        assertThat(StagedOutput.query(output, "SELECT file, line FROM stg_quarantine WHERE table_name = 'patients'"))
                .containsExactly(row("patients_delta.csv", "3"));

        // The same delta again changes nothing: the latest row of each registration is already staged.
        runs.start(stage, RunScope.parse("all"), delta, output);
        assertThat(StagedOutput.count(output, "SELECT count(*) FROM stg_patients")).isEqualTo(4);
    }

    @Test
    void aDeltaWithNothingStagedBeforeIsTheWholeTable() throws Exception {
        Path output = folder.resolve("first");
        Path delta = delta("F3,N1,Eve,,Stone,,F,2001-01-01,,,,,,,\n");

        assertThat(runs.start(stage, RunScope.parse("all"), delta, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(StagedOutput.query(output, "SELECT mrn FROM stg_patients")).containsExactly(row("N1"));
    }

    @Test
    void anInputWithBothTheFullFileAndItsDeltaStopsBeforeTheRunStarts() throws Exception {
        Path input = delta("F3,N1,Eve,,Stone,,F,2001-01-01,,,,,,,\n");
        Files.copy(FIXTURES.resolve("valid/patients.csv"), input.resolve("patients.csv"));

        assertThatThrownBy(() -> StageInput.check(input)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("holds both patients.csv").hasMessageContaining("and patients_delta.csv");
    }

    private Path delta(String rows) throws Exception {
        Path input = Files.createTempDirectory(folder, "delta");
        Files.writeString(input.resolve("patients_delta.csv"), HEADER + rows);
        return input;
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
