package org.steward.mpi.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * An empty patients table is a valid input: stage writes an empty staged table and mpi completes with
 * every output present, empty and with its usual columns; a later run with registrations builds on it.
 */
class MpiEmptyInputTest {

    private static final String HEADER = "facility_id,mrn,first_name,middle_name,last_name,name_suffix,sex,birth_date,"
            + "ssn,address_line,city,state,zip,phone,email";

    @TempDir
    static Path folder;

    private static ConfigurableApplicationContext context;
    private static JobRuns runs;

    @BeforeAll
    static void start() {
        context = StewardTestContext.start(TestSettings.h2(folder), MpiTestApplication.class);
        runs = context.getBean(JobRuns.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void aHeaderOnlyPatientsFileGivesEmptyOutputsWithTheirColumns() throws Exception {
        Path output = folder.resolve("header-only");
        runStageAndMpi(patients("header-only-in", HEADER), output, "2026-02-01");
        assertEmptyOutputs(output);

        // The next run with registrations builds the index from scratch and issues ids from the first.
        Path sample = TestSettings.REPOSITORY_ROOT.resolve("sample-data/sample/patients.csv");
        runStageAndMpi(patients("then-some", Files.readAllLines(sample).toArray(String[]::new)), output, "2026-02-02");
        assertThat(strings(output, "SELECT min(enterprise_id) || ' ' || count(*) FROM read_parquet('"
                + output.resolve("mpi/patient_xref") + "/*.parquet')"))
                .containsExactly("E0000000001 " + (Files.readAllLines(sample).size() - 1));
    }

    @Test
    void aFullyQuarantinedPatientsFileGivesEmptyOutputs() throws Exception {
        Path output = folder.resolve("all-quarantined");
        runStageAndMpi(patients("all-quarantined-in", HEADER, "F1,,Ann,,Lee,,F,1971-02-03,,,,,,,",
                "F1,M2,Bo,,Lee,,F,1971-02-03,,,,,"), output, "2026-02-01");
        assertEmptyOutputs(output);
    }

    private static void assertEmptyOutputs(Path output) throws SQLException {
        Path mpi = output.resolve("mpi");
        for (String kind : List.of("patient_xref", "golden_patient", "pair_scores", "review_queue")) {
            assertThat(count(output, "SELECT count(*) FROM read_parquet('" + mpi.resolve(kind) + "/*.parquet')"))
                    .as(kind).isZero();
        }
        for (String kind : List.of("events", "metrics")) {
            assertThat(count(output, "SELECT count(*) FROM read_parquet('" + mpi.resolve(kind) + "/*/*.parquet')"))
                    .as(kind).isZero();
        }
        assertThat(columns(output, mpi.resolve("patient_xref"))).contains("facility_id", "mrn", "enterprise_id", "joined_by");
        assertThat(columns(output, mpi.resolve("golden_patient"))).contains("enterprise_id");
        assertThat(columns(output, mpi.resolve("pair_scores"))).contains("match_weight", "prior_weight", "ssn_level",
                "ssn_weight");
        assertThat(columns(output, mpi.resolve("review_queue"))).contains("rank", "cause", "reasons");
        assertThat(columns(output, mpi.resolve("metrics").resolve("as_of=2026-02-01"))).contains("duplicate_rate");
        assertThat(columns(output, mpi.resolve("events").resolve("as_of=2026-02-01"))).contains("event_type");
    }

    private static void runStageAndMpi(Path input, Path output, String asOf) throws Exception {
        JobExecution stage = runs.start(context.getBean("stageJob", Job.class), RunScope.parse("all"), input, output);
        assertThat(stage.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        JobExecution mpi = runs.start(context.getBean("mpiJob", Job.class), RunScope.parse("all"), output, output,
                Map.of(MpiJobConfiguration.AS_OF, asOf));
        assertThat(mpi.getStatus()).as("%s", mpi.getAllFailureExceptions()).isEqualTo(BatchStatus.COMPLETED);
    }

    private static Path patients(String name, String... lines) throws Exception {
        Path dir = Files.createDirectories(folder.resolve(name));
        Files.write(dir.resolve("patients.csv"), List.of(lines));
        return dir;
    }

    private static List<String> columns(Path output, Path folder) throws SQLException {
        return strings(output, "SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet('" + folder + "/*.parquet'))");
    }

    private static long count(Path output, String sql) throws SQLException {
        return Long.parseLong(strings(output, sql).get(0));
    }

    private static List<String> strings(Path output, String sql) throws SQLException {
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet row = duck.createStatement().executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (row.next()) {
                values.add(row.getString(1));
            }
            return values;
        }
    }
}
