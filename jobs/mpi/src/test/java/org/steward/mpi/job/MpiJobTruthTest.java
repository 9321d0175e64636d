package org.steward.mpi.job;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.steward.mpi.core.evaluate.LinkageMetrics;
import org.steward.platform.batch.JobRuns;
import org.steward.platform.batch.RunScope;
import org.steward.platform.settings.StewardSettings;
import org.steward.platform.testing.StewardTestContext;
import org.steward.platform.testing.TestSettings;

/**
 * The bundled sample through the real jobs (stage, then mpi with its pairs compared on Spark), the written
 * index scored against truth.csv.
 */
class MpiJobTruthTest {

    private static final Path SAMPLE = TestSettings.REPOSITORY_ROOT.resolve("sample-data/sample");

    @TempDir
    static Path folder;

    private static ConfigurableApplicationContext context;
    private static JobExecution mpi;
    private static Path output;

    @BeforeAll
    static void stageAndMatchTheSample() throws Exception {
        var base = TestSettings.h2(folder);
        context = StewardTestContext.start(base.withEngine(StewardSettings.Engine.SPARK), MpiTestApplication.class);
        JobRuns runs = context.getBean(JobRuns.class);
        output = folder.resolve("out");
        runs.start(context.getBean("stageJob", Job.class), RunScope.parse("all"), SAMPLE, output);
        mpi = runs.start(context.getBean("mpiJob", Job.class), RunScope.parse("all"), SAMPLE, output);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void theWrittenIndexMeetsTheAccuracyTargets() throws Exception {
        assertThat(mpi.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        LinkageMetrics metrics = IndexEvaluation.evaluate(output, SAMPLE.resolve("truth/truth.csv")).metrics();
        assertThat(metrics.records()).isEqualTo(7208);
        assertThat(metrics.precision()).isGreaterThanOrEqualTo(0.995);
        assertThat(metrics.f1()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void twinsAreNeverLinked() throws Exception {
        Map<String, String> personOf = new HashMap<>();
        try (CsvReader<NamedCsvRecord> truth = CsvReader.builder().ofNamedCsvRecord(SAMPLE.resolve("truth/truth.csv"))) {
            truth.forEach(r -> personOf.put(r.getField("facility_id") + "|" + r.getField("mrn"), r.getField("person_id")));
        }
        Map<String, java.util.Set<String>> idsOfPerson = new HashMap<>();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = duck.createStatement();
             ResultSet row = statement.executeQuery("SELECT facility_id || '|' || mrn, enterprise_id FROM read_parquet('"
                     + output.resolve("mpi/patient_xref") + "/*.parquet')")) {
            while (row.next()) {
                idsOfPerson.computeIfAbsent(personOf.get(row.getString(1)), p -> new java.util.HashSet<>()).add(row.getString(2));
            }
        }
        int twins = 0;
        try (CsvReader<NamedCsvRecord> pairs = CsvReader.builder().ofNamedCsvRecord(SAMPLE.resolve("truth/twins.csv"))) {
            for (NamedCsvRecord pair : pairs) {
                twins++;
                assertThat(idsOfPerson.get(pair.getField("person_id_a")))
                        .doesNotContainAnyElementsOf(idsOfPerson.get(pair.getField("person_id_b")));
            }
        }
        assertThat(twins).isPositive();
    }

    @Test
    void metricsAndReviewQueueAreWrittenWithoutIdentities() throws Exception {
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = duck.createStatement();
             ResultSet all = statement.executeQuery("SELECT registrations, persons, duplicate_rate FROM read_parquet('"
                     + output.resolve("mpi/metrics") + "/*/*.parquet') WHERE facility_id = 'ALL'")) {
            assertThat(all.next()).isTrue();
            assertThat(all.getLong(1)).isEqualTo(7208);
            assertThat(all.getLong(2)).isBetween(4900L, 5100L);
            assertThat(all.getDouble(3)).isBetween(0.0, 0.2);
        }
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = duck.createStatement();
             ResultSet reasons = statement.executeQuery("SELECT count(*) FILTER (WHERE reasons <> ''), count(*) FROM read_parquet('"
                     + output.resolve("mpi/review_queue") + "/*.parquet')")) {
            reasons.next();
            assertThat(reasons.getLong(1)).isEqualTo(reasons.getLong(2));
        }
    }
}
