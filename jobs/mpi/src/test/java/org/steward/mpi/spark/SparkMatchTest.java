package org.steward.mpi.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.steward.mpi.core.MatchPipeline;
import org.steward.mpi.core.MatchResult;
import org.steward.mpi.core.PatientRecord;
import org.steward.mpi.core.harness.MpiConfig;
import org.steward.mpi.core.io.PatientCsvReader;
import org.steward.mpi.core.settings.MatchSettings;
import org.steward.mpi.core.settings.MatchSettingsLoader;
import org.steward.mpi.core.standardise.ReferenceTablesLoader;
import org.yaml.snakeyaml.Yaml;

/**
 * The match with its pair work on Spark must be the in-memory match: the same candidate pairs per
 * rule, the same weights, the same scored pairs and clusters. On the bundled sample with the shipped
 * blocking, and with tiny blocks so that most blocks are oversized and windowed in Spark SQL; with Spark's
 * I/O encryption on, as the shipped settings have it.
 */
class SparkMatchTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        // With I/O encryption on, as config/steward.yml ships it: what spills holds SSNs, phones and birth dates.
        spark = SparkSession.builder().master("local[2]").appName("spark-match-test")
                .config("spark.sql.shuffle.partitions", "4").config("spark.ui.enabled", "false")
                .config(SparkMatch.IO_ENCRYPTION, "true").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @ParameterizedTest(name = "max_block_size {0}")
    @ValueSource(ints = {0, 6})
    void sparkAndInMemoryMatchAgree(int maxBlockSize) throws Exception {
        MatchPipeline pipeline = pipeline(maxBlockSize);
        List<PatientRecord> records = PatientCsvReader.read(Path.of("../../sample-data/sample/patients.csv"));
        records.sort(PatientRecord.ORDER);

        MatchResult memory = pipeline.run(records, AS_OF);
        assertThat(SparkMatch.encryptsLocalFiles(spark)).isTrue();
        MatchResult distributed = new SparkMatch(spark, pipeline).run(records, AS_OF, List.of());

        assertThat(distributed.candidates()).isEqualTo(memory.candidates());
        assertThat(distributed.weights().priorLogOdds()).isEqualTo(memory.weights().priorLogOdds());
        assertThat(distributed.scoredPairKeys()).isEqualTo(memory.scoredPairKeys());
        assertThat(distributed.scoredLevels()).isEqualTo(memory.scoredLevels());
        assertThat(distributed.clustering().clusterOf()).isEqualTo(memory.clustering().clusterOf());
        assertThat(distributed.reviewQueue()).isEqualTo(memory.reviewQueue());
        if (maxBlockSize > 0) {
            assertThat(memory.candidates().yields()).anySatisfy(y -> assertThat(y.oversizedBlocks()).isPositive());
        }
    }

    @SuppressWarnings("unchecked")
    private static MatchPipeline pipeline(int maxBlockSize) throws Exception {
        try (Reader in = Files.newBufferedReader(MpiConfig.CONFIG_DIR.resolve("mpi.yml"))) {
            Map<String, Object> tree = new Yaml().load(in);
            if (maxBlockSize > 0) {
                Map<String, Object> blocking = (Map<String, Object>) tree.get("blocking");
                blocking.put("max_block_size", maxBlockSize);
                blocking.put("window_size", 3);
            }
            MatchSettings settings = MatchSettingsLoader.load(tree);
            return new MatchPipeline(settings, ReferenceTablesLoader.load(MpiConfig.CONFIG_DIR, settings.references()));
        }
    }
}
