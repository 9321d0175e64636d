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
 * Given an index built from the sample registrations, when the source retires one registration and merges one
 * MRN of a duplicate pair into the other (registration_changes.csv), then both leave patient_xref and the rates,
 * keep their history in retired_registrations, and the day's events say why; a later run without the file
 * keeps them retired and repeats no event.
 */
class MpiRegistrationChangesTest {

    private static final String CHANGES_HEADER = "facility_id,mrn,change,merged_into_mrn,changed_on,reason";

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
    void retiredAndMergedRegistrationsLeaveTheRatesKeepTheirHistoryAndSayWhy() throws Exception {
        Path output = folder.resolve("out");
        Path patients = Files.createDirectories(folder.resolve("patients-in"));
        Files.copy(TestSettings.REPOSITORY_ROOT.resolve("sample-data/sample/patients.csv"), patients.resolve("patients.csv"));
        stage(patients, output);
        mpi(output, "2026-03-01");

        // A duplicate pair at one facility (its enterprise id has exactly these two registrations) and a lone one.
        List<String> pair = strings("SELECT facility_id || ',' || mrn || ',' || enterprise_id FROM " + xref(output)
                + " WHERE enterprise_id = (SELECT min(enterprise_id) FROM " + xref(output) + " GROUP BY enterprise_id "
                + "HAVING count(*) = 2 AND count(DISTINCT facility_id) = 1 ORDER BY 1 LIMIT 1) ORDER BY mrn");
        assertThat(pair).hasSize(2);
        String[] survivor = pair.get(0).split(",");
        String[] mergedAway = pair.get(1).split(",");
        String[] lone = strings("SELECT facility_id || ',' || mrn || ',' || enterprise_id FROM " + xref(output)
                + " WHERE registrations_in_enterprise_id = 1 ORDER BY facility_id, mrn LIMIT 1").get(0).split(",");
        long[] before = allMetrics(output, "2026-03-01");

        Path changes = Files.createDirectories(folder.resolve("changes-in"));
        Files.write(changes.resolve("registration_changes.csv"), List.of(CHANGES_HEADER,
                lone[0] + "," + lone[1] + ",retire,,2026-03-01,registered in error",
                mergedAway[0] + "," + mergedAway[1] + ",merge," + survivor[1] + ",2026-03-02,A40 duplicate resolved",
                // Not a change the contract knows: quarantined, and no registration is touched.
                survivor[0] + "," + survivor[1] + ",void,,2026-03-02,"));
        stage(changes, output);
        assertThat(count("SELECT count(*) FROM read_parquet('" + output.resolve("quarantine/registration_changes")
                + "/*/*.parquet')")).isEqualTo(1);
        mpi(output, "2026-03-02");

        assertThat(strings("SELECT mrn FROM " + xref(output) + " WHERE mrn IN ('" + lone[1] + "', '" + mergedAway[1]
                + "')")).isEmpty();
        assertThat(strings("SELECT enterprise_id FROM " + xref(output) + " WHERE facility_id = '" + survivor[0]
                + "' AND mrn = '" + survivor[1] + "'")).containsExactly(survivor[2]);
        assertThat(strings("SELECT mrn || ' ' || status || ' ' || enterprise_id || ' ' || coalesce(merged_into_mrn, '-') "
                + "|| ' ' || reason || ' ' || retired_as_of FROM read_parquet('" + output.resolve("mpi/retired_registrations")
                + "/*.parquet') ORDER BY status")).containsExactly(
                mergedAway[1] + " merged " + survivor[2] + " " + survivor[1] + " A40 duplicate resolved 2026-03-02",
                lone[1] + " retired " + lone[2] + " - registered in error 2026-03-02");
        assertThat(events(output, "2026-03-02")).containsExactlyInAnyOrder(
                "merged_by_source " + mergedAway[1] + " " + survivor[2] + " " + mergedAway[2] + " " + survivor[1]
                        + " A40 duplicate resolved",
                "retired " + lone[1] + " " + lone[2] + " - - registered in error");

        long[] after = allMetrics(output, "2026-03-02");
        assertThat(after[0]).as("registrations").isEqualTo(before[0] - 2);
        assertThat(after[1]).as("duplicate registrations").isEqualTo(before[1] - 2);
        assertThat(after[2]).as("excess registrations").isEqualTo(before[2] - 1);

        // A later run without the file: still retired, no new event, the same figures.
        stage(patients, output);
        mpi(output, "2026-03-03");
        assertThat(events(output, "2026-03-03")).noneMatch(e -> e.startsWith("retired") || e.startsWith("merged_by_source"));
        assertThat(count("SELECT count(*) FROM read_parquet('" + output.resolve("mpi/retired_registrations")
                + "/*.parquet') WHERE retired_as_of = DATE '2026-03-02'")).isEqualTo(2);
        assertThat(allMetrics(output, "2026-03-03")).containsExactly(after);
    }

    private static String xref(Path output) {
        return "read_parquet('" + output.resolve("mpi/patient_xref") + "/*.parquet')";
    }

    private static List<String> events(Path output, String asOf) throws SQLException {
        return strings("SELECT event_type || ' ' || mrn || ' ' || coalesce(enterprise_id, '-') || ' ' "
                + "|| coalesce(other_enterprise_id, '-') || ' ' || coalesce(merged_into_mrn, '-') || ' ' || coalesce(reason, '-') "
                + "FROM read_parquet('" + output.resolve("mpi/events/as_of=" + asOf) + "/*.parquet') WHERE mrn IS NOT NULL");
    }

    /** The ALL row's registrations, duplicate registrations and excess registrations. */
    private static long[] allMetrics(Path output, String asOf) throws SQLException {
        String[] row = strings("SELECT registrations || ',' || duplicate_registrations || ',' || excess_registrations FROM "
                + "read_parquet('" + output.resolve("mpi/metrics/as_of=" + asOf) + "/*.parquet') WHERE facility_id = 'ALL'")
                .get(0).split(",");
        return new long[] {Long.parseLong(row[0]), Long.parseLong(row[1]), Long.parseLong(row[2])};
    }

    private static void stage(Path input, Path output) throws Exception {
        JobExecution stage = runs.start(context.getBean("stageJob", Job.class), RunScope.parse("all"), input, output);
        assertThat(stage.getStatus()).as("%s", stage.getAllFailureExceptions()).isEqualTo(BatchStatus.COMPLETED);
    }

    private static void mpi(Path output, String asOf) throws Exception {
        JobExecution mpi = runs.start(context.getBean("mpiJob", Job.class), RunScope.parse("all"), output, output,
                Map.of(MpiJobConfiguration.AS_OF, asOf));
        assertThat(mpi.getStatus()).as("%s", mpi.getAllFailureExceptions()).isEqualTo(BatchStatus.COMPLETED);
    }

    private static long count(String sql) throws SQLException {
        return Long.parseLong(strings(sql).get(0));
    }

    private static List<String> strings(String sql) throws SQLException {
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
