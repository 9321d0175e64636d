package org.steward.mpi.job;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.steward.mpi.core.compare.ComparisonSchema;
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

    /**
     * The metrics hold counts and rates per facility and nothing that identifies a patient: their columns
     * are exactly the metric columns and the only text in them is a facility id.
     */
    @Test
    void metricsAreWrittenWithoutIdentities() throws Exception {
        Set<String> facilities = new HashSet<>(truth().keySet().stream().map(k -> k.split("\\|")[0]).toList());
        facilities.add("ALL");
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = duck.createStatement()) {
            assertThat(columns(statement, "mpi/metrics/*/*.parquet")).containsExactly("as_of", "facility_id",
                    "registrations", "persons", "duplicate_registrations", "duplicate_rate", "excess_registrations",
                    "excess_record_rate", "new_registrations", "duplicates_created", "duplicate_creation_rate",
                    "overlapping_registrations", "overlap_rate", "possible_overlays", "review_backlog");
            try (ResultSet row = statement.executeQuery("SELECT DISTINCT facility_id FROM read_parquet('"
                    + output.resolve("mpi/metrics") + "/*/*.parquet')")) {
                while (row.next()) {
                    assertThat(facilities).contains(row.getString(1));
                }
            }
        }
    }

    /**
     * The duplicate figures against the generator's truth: 5,000 persons, 390 registrations in a duplicate set
     * at their facility (5.41%), 195 of them beyond each person's first (2.71%). The index is scored at recall
     * 0.99 and precision 1.0, so it may miss a few duplicates and invent none.
     */
    @Test
    void duplicateRatesFollowTheTruthAndTheirDefinitions() throws Exception {
        Map<String, Integer> perFacilityPerson = new HashMap<>();
        truth().forEach((key, person) -> perFacilityPerson.merge(key.split("\\|")[0] + "|" + person, 1, Integer::sum));
        long inDuplicateSets = perFacilityPerson.values().stream().filter(n -> n > 1).mapToLong(n -> n).sum();
        long excess = perFacilityPerson.values().stream().mapToLong(n -> n - 1).sum();
        assertThat(inDuplicateSets).isEqualTo(390);
        assertThat(excess).isEqualTo(195);
        long[] fromIndex = duplicatesInIndex();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = duck.createStatement();
             ResultSet all = statement.executeQuery("SELECT registrations, persons, duplicate_registrations, duplicate_rate, "
                     + "excess_registrations, excess_record_rate, new_registrations, duplicates_created, "
                     + "duplicate_creation_rate FROM read_parquet('" + output.resolve("mpi/metrics")
                     + "/*/*.parquet') WHERE facility_id = 'ALL'")) {
            assertThat(all.next()).isTrue();
            long registrations = all.getLong(1);
            assertThat(registrations).isEqualTo(7208);
            // Exactly the definitions, applied to the written index (patient_xref) ...
            assertThat(all.getLong(3)).isEqualTo(fromIndex[0]);
            assertThat(all.getDouble(4)).isEqualTo((double) fromIndex[0] / registrations);
            assertThat(all.getLong(5)).isEqualTo(fromIndex[1]);
            assertThat(all.getDouble(6)).isEqualTo((double) fromIndex[1] / registrations);
            // ... and within 0.1 percentage point of the truth, never above it (no false link).
            assertThat(all.getDouble(4)).isBetween((double) inDuplicateSets / registrations - 0.001,
                    (double) inDuplicateSets / registrations);
            assertThat(all.getDouble(6)).isBetween((double) excess / registrations - 0.001, (double) excess / registrations);
            assertThat(all.getLong(2)).isBetween(5000L, 5025L);
            // A first run: every registration is new, so the duplicates it created are the excess records.
            assertThat(all.getLong(7)).isEqualTo(registrations);
            assertThat(all.getLong(8)).isEqualTo(all.getLong(5));
        }
    }

    /**
     * The review queue names the two registrations (facility and MRN: the steward's worklist must find them)
     * and explains the score by field and level only: every reason is "field level weight", never a value.
     */
    @Test
    void reviewReasonsAreWrittenWithoutIdentities() throws Exception {
        MpiConfiguration config = MpiConfiguration.load(TestSettings.REPOSITORY_ROOT.resolve("config/mpi.yml"));
        Map<String, List<String>> levels = new HashMap<>();
        ComparisonSchema.from(config.settings().comparisons()).comparators().forEach(c -> levels.put(c.field(), c.levels()));
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = duck.createStatement()) {
            assertThat(columns(statement, "mpi/review_queue/*.parquet")).containsExactly("rank", "facility_id_a",
                    "mrn_a", "enterprise_id_a", "facility_id_b", "mrn_b", "enterprise_id_b", "probability", "cause",
                    "reasons");
            long items = 0;
            try (ResultSet row = statement.executeQuery("SELECT reasons FROM read_parquet('"
                    + output.resolve("mpi/review_queue") + "/*.parquet')")) {
                while (row.next()) {
                    items++;
                    assertThat(row.getString(1)).isNotEmpty();
                    for (String reason : row.getString(1).split("; ")) {
                        String[] parts = reason.split(" ");
                        assertThat(parts).as(reason).hasSize(3);
                        assertThat(levels).as(reason).containsKey(parts[0]);
                        assertThat(levels.get(parts[0])).as(reason).contains(parts[1]);
                        assertThat(parts[2]).as(reason).matches("[+-]\\d+\\.\\d");
                    }
                }
            }
            assertThat(items).isPositive();
        }
    }

    /** Registrations in a duplicate set and beyond each person's first, per facility, summed, from patient_xref. */
    private static long[] duplicatesInIndex() throws Exception {
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = duck.createStatement();
             ResultSet row = statement.executeQuery("SELECT sum(n) FILTER (WHERE n > 1), sum(n - 1) FROM (SELECT "
                + "facility_id, enterprise_id, count(*) AS n FROM read_parquet('" + output.resolve("mpi/patient_xref")
                + "/*.parquet') GROUP BY ALL)")) {
            row.next();
            return new long[] {row.getLong(1), row.getLong(2)};
        }
    }

    /** facility_id|mrn to person_id, from the generator's truth. */
    private static Map<String, String> truth() throws Exception {
        Map<String, String> personOf = new HashMap<>();
        try (CsvReader<NamedCsvRecord> truth = CsvReader.builder().ofNamedCsvRecord(SAMPLE.resolve("truth/truth.csv"))) {
            truth.forEach(r -> personOf.put(r.getField("facility_id") + "|" + r.getField("mrn"), r.getField("person_id")));
        }
        return personOf;
    }

    private static List<String> columns(Statement statement, String files) throws Exception {
        List<String> columns = new ArrayList<>();
        try (ResultSet row = statement.executeQuery("SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet('"
                + output.resolve(files) + "'))")) {
            while (row.next()) {
                columns.add(row.getString(1));
            }
        }
        return columns;
    }
}
