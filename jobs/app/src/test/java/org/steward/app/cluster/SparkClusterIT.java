package org.steward.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.app.ExitCodes;
import org.steward.app.cli.StewardCommand;

/**
 * {@code engine: spark} on a real Spark standalone cluster: a master and a worker in their own JVMs with
 * only Spark's jars (never Steward's), so executors run Steward's code (the MPI's comparators in
 * {@code mapPartitions}) only if the executor jar is shipped as {@code spark.jars}. The CLI runs
 * {@code stage mpi quality casemix} on the bundled sample against the cluster and again on DuckDB, and every
 * MPI, quality and case-mix output must be the same.
 *
 * <p>Run by maven-failsafe ({@code mvn verify}); the build copies Spark's jars to
 * {@code target/spark-home/jars} and passes Spark's JVM flags as {@code steward.spark.jvm.flags}.
 */
class SparkClusterIT {

    private static final Path HOME = Path.of("../..").toAbsolutePath().normalize();
    private static final Path SPARK_HOME = Path.of(System.getProperty("steward.spark.home", "target/spark-home"))
            .toAbsolutePath().normalize();
    private static final String AS_OF = "2025-12-31";

    @TempDir
    static Path folder;

    static StandaloneCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        System.setProperty("steward.home", HOME.toString());
        List<Path> jars = StandaloneCluster.jars(SPARK_HOME);
        assertThat(jars).as("Spark's jars in %s/jars (copied by the build: mvn verify)", SPARK_HOME).isNotEmpty();
        assertThat(jars).as("a Spark jar").anyMatch(j -> j.getFileName().toString().startsWith("spark-core_2.13"));
        assertThat(StandaloneCluster.holdingStewardClasses(jars))
                .as("jars on the cluster's class path holding Steward classes (executors must get them only from spark.jars)")
                .isEmpty();
        String flags = System.getProperty("steward.spark.jvm.flags");
        assertThat(flags).as("system property steward.spark.jvm.flags (set by failsafe)").isNotBlank();
        cluster = StandaloneCluster.start(SPARK_HOME, Files.createDirectories(folder.resolve("cluster")),
                StandaloneCluster.jvmFlags(flags), 2, "2g");
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
            cluster = null;
        }
    }

    @Test
    void stageMpiAndQualityOnASparkClusterWriteWhatDuckDbWrites() throws Exception {
        Path sparkOut = folder.resolve("out-spark");
        Path duckdbOut = folder.resolve("out-duckdb");

        long started = System.nanoTime();
        int sparkExit = run(settings("spark", cluster.masterUrl()), sparkOut);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("SparkClusterIT: run stage mpi quality casemix on the Spark cluster (%s), bundled sample: %.1f s%n",
                cluster.masterUrl(), seconds);
        assertThat(sparkExit).as("exit code on the Spark cluster\n%s", cluster.tails())
                .isIn(ExitCodes.OK, ExitCodes.CHECKS_FAILED);
        try (Stream<Path> files = Files.walk(cluster.workDir())) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("jars the cluster's executors fetched (spark.jars) under %s", cluster.workDir())
                    .contains("steward-spark-executor.jar");
        }

        started = System.nanoTime();
        int duckdbExit = run(settings("duckdb", "local[2]"), duckdbOut);
        System.out.printf("SparkClusterIT: run stage mpi quality casemix on DuckDB, bundled sample: %.1f s%n",
                (System.nanoTime() - started) / 1e9);
        assertThat(duckdbExit).as("exit code on DuckDB").isIn(ExitCodes.OK, ExitCodes.CHECKS_FAILED);
        assertThat(sparkExit).as("the same exit code on both engines").isEqualTo(duckdbExit);

        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            for (String table : List.of("patient_xref", "pair_scores", "review_queue", "golden_patient")) {
                assertSame(duck, "mpi/" + table, sparkOut, duckdbOut,
                        "read_parquet('%s/mpi/" + table + "/*.parquet')", "");
            }
            assertSame(duck, "mpi/metrics", sparkOut, duckdbOut,
                    "read_parquet('%s/mpi/metrics/*/*.parquet', hive_partitioning = false)", "");
            // evaluated_at is the run's clock time.
            assertSame(duck, "quality/results", sparkOut, duckdbOut,
                    "read_parquet('%s/quality/results/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR})",
                    "EXCLUDE (evaluated_at)");
            // Written by the executors themselves (engine.writeParquet), not collected to the driver.
            for (String output : List.of("casemix/cmi", "casemix/severity", "casemix/cmi_change", "casemix/unpriced",
                    "cdi/rates")) {
                assertSame(duck, output, sparkOut, duckdbOut, "read_parquet('%s/" + output
                        + "/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR})", "");
            }
        }
    }

    /** Runs {@code run stage mpi quality casemix} through the real CLI, in this JVM. */
    private static int run(Path config, Path output) {
        return StewardCommand.execute("run", "stage", "mpi", "quality", "casemix",
                "--input", HOME.resolve("sample-data/sample").toString(),
                "--output", output.toString(), "--as-of", AS_OF, "--config", config.toString());
    }

    /** config/steward.yml with the engine, the Spark master and a private JobRepository. */
    private static Path settings(String engine, String master) throws Exception {
        String yml = Files.readString(HOME.resolve("config/steward.yml"));
        yml = replaceOnce(yml, "(?m)^engine: \\w+$", "engine: " + engine);
        yml = replaceOnce(yml, "(?m)^(\\s+url: )jdbc:h2:.*$",
                "$1" + Matcher.quoteReplacement("jdbc:h2:file:" + folder.resolve("job-repository") + ";AUTO_SERVER=TRUE"));
        yml = replaceOnce(yml, "(?m)^(\\s+master: ).*$", "$1" + Matcher.quoteReplacement(master));
        // The driver is this JVM; executors reach it on 127.0.0.1. 1g executors fit the worker's 2g. The executor
        // lives for one short run on a 2-core machine shared with the driver: with the parallel collector (as the
        // test JVMs, see the parent POM) and only the quick JIT tier, it spent a third less CPU (measured: 85 s
        // instead of 127 s, C2 compiling Spark's code was 37 s of it); what it computes is the same.
        yml = replaceOnce(yml, "(?m)^(\\s+)options:$", "$1options:"
                + "\n$1  spark.driver.host: 127.0.0.1"
                + "\n$1  spark.driver.bindAddress: 127.0.0.1"
                + "\n$1  spark.executor.memory: 1g"
                + "\n$1  spark.executor.extraJavaOptions: \"-XX:+UseParallelGC -XX:TieredStopAtLevel=1\"");
        // Pinned whatever config/steward.yml says: the worker has 2 cores, the UI is not wanted.
        yml = replaceOnce(yml, "(?m)^(\\s+spark.sql.shuffle.partitions: ).*$", "$1\"4\"");
        yml = replaceOnce(yml, "(?m)^(\\s+spark.ui.enabled: ).*$", "$1\"false\"");
        return Files.writeString(folder.resolve("steward-" + engine + ".yml"), yml);
    }

    private static String replaceOnce(String text, String regex, String replacement) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.results().count()).as("lines of config/steward.yml matching %s", regex).isEqualTo(1);
        return matcher.replaceFirst(replacement);
    }

    /** Same rows (as multisets) in both outputs, and some. */
    private static void assertSame(Connection duck, String name, Path a, Path b, String source, String exclude)
            throws Exception {
        String left = "SELECT * " + exclude + " FROM " + source.formatted(a);
        String right = "SELECT * " + exclude + " FROM " + source.formatted(b);
        long rowsA = count(duck, "SELECT count(*) FROM (" + left + ")");
        long rowsB = count(duck, "SELECT count(*) FROM (" + right + ")");
        assertThat(rowsA).as("%s rows on Spark", name).isPositive();
        assertThat(rowsA).as("%s rows on Spark vs DuckDB", name).isEqualTo(rowsB);
        assertThat(count(duck, "SELECT count(*) FROM (" + left + " EXCEPT ALL " + right + ")"))
                .as("%s rows on Spark and not on DuckDB", name).isZero();
        assertThat(count(duck, "SELECT count(*) FROM (" + right + " EXCEPT ALL " + left + ")"))
                .as("%s rows on DuckDB and not on Spark", name).isZero();
    }

    private static long count(Connection duck, String sql) throws Exception {
        try (Statement statement = duck.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
