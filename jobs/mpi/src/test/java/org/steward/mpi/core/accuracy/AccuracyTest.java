package org.steward.mpi.core.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.steward.mpi.core.harness.DataSetRun;
import org.steward.mpi.core.harness.MpiConfig;

/**
 * The accuracy targets, with the repository's one config (never tuned per data set).
 * The FEBRL sets live beside the repository in ../shared; a clone without them skips those tests.
 */
class AccuracyTest {

    static final Path SAMPLE = Path.of("../../sample-data/sample");
    static final Path FEBRL1 = Path.of("../../../shared/linkage/febrl1");
    static final Path FEBRL3 = Path.of("../../../shared/linkage/febrl3");

    private static MpiConfig config;

    @BeforeAll
    static void loadConfig() {
        config = MpiConfig.load();
    }

    @Test
    void generatorSampleIsPreciseAndNeverLinksTwins() throws Exception {
        DataSetRun run = DataSetRun.run("generator sample", SAMPLE, config);
        System.out.print(run.report());
        assertThat(run.metrics().precision()).isGreaterThanOrEqualTo(0.995);
        assertThat(run.metrics().f1()).isGreaterThanOrEqualTo(0.98);
        List<String[]> twins = twins(SAMPLE);
        assertThat(twins).isNotEmpty();
        assertThat(run.twinsLinked(twins)).isZero();
    }

    @Test
    void febrl1() throws Exception {
        assumeTrue(Files.isDirectory(FEBRL1), "../shared/linkage/febrl1 is not beside this clone");
        DataSetRun run = DataSetRun.run("febrl1", FEBRL1, config);
        System.out.print(run.report());
        assertThat(run.metrics().precision()).isEqualTo(1.0);
        // 497 of 500: the two left in review have no birth date and a different SSN (auto_link_requires_any).
        assertThat(run.metrics().recall()).isGreaterThanOrEqualTo(0.994);
    }

    @Test
    void febrl3() throws Exception {
        assumeTrue(Files.isDirectory(FEBRL3), "../shared/linkage/febrl3 is not beside this clone");
        DataSetRun run = DataSetRun.run("febrl3", FEBRL3, config);
        System.out.print(run.report());
        assertThat(run.metrics().precision()).isEqualTo(1.0);
        assertThat(run.metrics().recall()).isGreaterThanOrEqualTo(0.995);
    }

    /**
     * Generated sets the config was never looked at with: small ones (a few hundred registrations, where
     * EM has few pairs to learn from) and more facilities. Precision must hold whatever the size. Without
     * {@code auto_link_requires_any} seed 11 links namesakes of one household whose birth dates differ (precision
     * 0.965), and seed 41 a father and son of one name and address whose SSNs differ, the father's birth date keyed
     * in the future and so unusable (0.990): the pattern of FEBRL1's two pairs left in review.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} persons, {1} facilities, seed {2}")
    @org.junit.jupiter.params.provider.CsvSource({"400, 3, 7", "400, 3, 11", "400, 3, 13", "1500, 5, 5", "600, 3, 41"})
    void generatedSetsOfOtherSizesAndSeeds(int persons, int facilities, long seed,
                                           @org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        new org.steward.sampledata.SampleDataGenerator().generate(new org.steward.sampledata.GeneratorSettings(persons,
                facilities, java.time.YearMonth.of(2025, 1), 12, seed, Path.of("../../config/reference"), 0), folder);
        DataSetRun run = DataSetRun.run("generated " + persons + "/" + facilities + "/" + seed, folder, config);
        System.out.print(run.report());
        assertThat(run.metrics().precision()).isGreaterThanOrEqualTo(0.995);
        assertThat(run.metrics().f1()).isGreaterThanOrEqualTo(0.98);
        assertThat(run.twinsLinked(twins(folder))).isZero();
    }

    private static List<String[]> twins(Path sample) throws Exception {
        List<String> lines = Files.readAllLines(sample.resolve("truth/twins.csv"));
        List<String[]> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            out.add(line.split(","));
        }
        return out;
    }
}
