package org.steward.platform.spark;

import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.platform.settings.StewardSettings.SparkSettings;

/**
 * The run's one SparkSession, started on first use (jobs that need no Spark do not pay its start-up)
 * and stopped with the application. Master and options come from settings, so the same code runs
 * in-process ({@code local[*]}) or against a cluster.
 */
public final class SparkSessions implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SparkSessions.class);

    private final SparkSettings settings;
    private SparkSession session;

    public SparkSessions(SparkSettings settings) {
        this.settings = settings;
    }

    public synchronized SparkSession session() {
        if (session == null) {
            long started = System.nanoTime();
            SparkSession.Builder builder = SparkSession.builder()
                    .master(settings.master())
                    .appName(settings.appName());
            settings.options().forEach(builder::config);
            session = builder.getOrCreate();
            log.info("Spark session started on {} in {} ms", settings.master(), (System.nanoTime() - started) / 1_000_000);
        }
        return session;
    }

    @Override
    public synchronized void close() {
        if (session != null) {
            session.stop();
            session = null;
        }
    }
}
