package org.steward.platform.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.platform.settings.ConfigException;
import org.steward.platform.settings.StewardSettings.SparkSettings;

/**
 * The run's one SparkSession, started on first use (jobs that need no Spark do not pay its start-up)
 * and stopped with the application. Master and options come from settings, so the same code runs
 * in-process ({@code local[*]}) or against a cluster.
 *
 * <p>On a cluster the executors have only Spark's own jars, so anything that runs Steward's code there
 * (the MPI's comparators in a {@code mapPartitions}) needs Steward's classes shipped: the plain executor
 * jar ({@code spark.executor-jar}, built by {@code mvn package}) goes out as {@code spark.jars}, unless the
 * options already set {@code spark.jars}. Local masters run in this JVM and ship nothing.
 */
public final class SparkSessions implements AutoCloseable {

    static final String JARS = "spark.jars";

    private static final Logger log = LoggerFactory.getLogger(SparkSessions.class);

    private final SparkSettings settings;
    private SparkSession session;

    public SparkSessions(SparkSettings settings) {
        this.settings = settings;
    }

    public synchronized SparkSession session() {
        if (session == null) {
            Map<String, String> options = options(settings);
            long started = System.nanoTime();
            SparkSession.Builder builder = SparkSession.builder()
                    .master(settings.master())
                    .appName(settings.appName());
            options.forEach(builder::config);
            session = builder.getOrCreate();
            log.info("Spark session started on {} in {} ms", settings.master(), (System.nanoTime() - started) / 1_000_000);
        }
        return session;
    }

    /**
     * The options a session starts with: the configured ones, plus {@code spark.jars} = the executor jar
     * for a cluster master when the options do not set it.
     *
     * @throws ConfigException when a cluster master needs the executor jar and it is not there
     */
    public static Map<String, String> options(SparkSettings settings) {
        Map<String, String> options = new LinkedHashMap<>(settings.options());
        if (settings.isLocal()) {
            return options;
        }
        if (options.containsKey(JARS)) {
            log.info("Spark master {}: executors get the jars in the configured {}: {}", settings.master(), JARS,
                    options.get(JARS));
            return options;
        }
        Path jar = settings.executorJar().toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new ConfigException("spark.executor-jar " + jar + " not found: build it with `mvn package` "
                    + "(it makes jobs/spark-executor/target/steward-spark-executor.jar). A cluster master ("
                    + settings.master() + ") needs it: executors run Steward's code from it.");
        }
        options.put(JARS, jar.toString());
        log.info("Spark master {}: shipping the executor jar {} to the executors as {}", settings.master(), jar, JARS);
        return options;
    }

    @Override
    public synchronized void close() {
        if (session != null) {
            session.stop();
            session = null;
        }
    }
}
