package org.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.app.ExitCodes;

/**
 * An empty table is a valid input: a header-only or fully quarantined patients.csv goes through
 * `run stage mpi` with exit 0, and every output is there, empty, and queryable through the views.
 */
class EmptyInputEndToEndTest {

    private static final Path HOME = Path.of("../..").toAbsolutePath().normalize();
    private static final String PATIENTS = "facility_id,mrn,first_name,middle_name,last_name,name_suffix,sex,birth_date,"
            + "ssn,address_line,city,state,zip,phone,email\n";
    private static final String ENCOUNTERS = "facility_id,encounter_id,mrn,encounter_class,admit_date,discharge_date,"
            + "discharge_disposition,payer_id,attending_npi,ms_drg,principal_dx,secondary_dx,procedures,total_charges\n";

    @TempDir
    static Path folder;

    static Path config;

    @BeforeAll
    static void configure() throws Exception {
        System.setProperty("steward.home", HOME.toString());
        config = Files.writeString(folder.resolve("steward.yml"), Files.readString(HOME.resolve("config/steward.yml"))
                .replace("${STEWARD_HOME}/var/job-repository", folder.resolve("job-repository").toString()));
    }

    @Test
    void aHeaderOnlyPatientsFileRunsThroughStageAndMpi() throws Exception {
        Path input = Files.createDirectories(folder.resolve("header-only"));
        Files.writeString(input.resolve("patients.csv"), PATIENTS);
        Files.writeString(input.resolve("encounters.csv"), ENCOUNTERS);
        Path output = runStageAndMpi(input);
        // A table by period with no valid rows gets no period folder.
        assertThat(output.resolve("staged/encounters")).doesNotExist();
    }

    @Test
    void aFullyQuarantinedPatientsFileRunsThroughStageAndMpi() throws Exception {
        Path input = Files.createDirectories(folder.resolve("all-quarantined"));
        Files.writeString(input.resolve("patients.csv"), PATIENTS + "F1,,Ann,,Lee,,F,1971-02-03,,,,,,,\n"
                + ",M2,Bo,,Lee,,M,1960-01-01,,,,,,,\n");
        Path output = runStageAndMpi(input);
        assertThat(count(output, "stg_quarantine")).isEqualTo(2);
    }

    private static Path runStageAndMpi(Path input) throws Exception {
        Path output = folder.resolve("out-" + input.getFileName());
        CliRun run = CliRun.of("run", "stage", "mpi", "--input", input.toString(), "--output", output.toString(),
                "--as-of", "2026-03-01", "--config", config.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("stage all: COMPLETED", "mpi all: COMPLETED");
        for (String view : List.of("stg_patients", "stg_mpi_patient_xref", "stg_mpi_golden_patient", "stg_mpi_pair_scores",
                "stg_mpi_review_queue", "stg_mpi_events", "stg_mpi_metrics")) {
            assertThat(count(output, view)).as(view).isZero();
        }
        CliRun columns = CliRun.of("query", "SELECT column_name FROM (DESCRIBE stg_mpi_metrics)", "--output",
                output.toString(), "--csv");
        assertThat(columns.out()).contains("duplicate_rate", "review_backlog");
        return output;
    }

    private static long count(Path output, String view) {
        CliRun query = CliRun.of("query", "SELECT count(*) AS n FROM " + view, "--output", output.toString(), "--csv");
        assertThat(query.exitCode()).as(view + ": " + query.err()).isZero();
        return Long.parseLong(query.out().lines().skip(1).findFirst().orElseThrow());
    }
}
