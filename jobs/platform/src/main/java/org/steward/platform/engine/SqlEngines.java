package org.steward.platform.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.platform.settings.StewardSettings;
import org.steward.platform.spark.SparkSessions;

/** Opens the run's engine, as steward.yml's {@code engine} (or {@code run --engine}) says. */
public final class SqlEngines {

    private static final Logger log = LoggerFactory.getLogger(SqlEngines.class);

    private final StewardSettings.Engine kind;
    private final SparkSessions sparkSessions;

    public SqlEngines(StewardSettings.Engine kind, SparkSessions sparkSessions) {
        this.kind = kind;
        this.sparkSessions = sparkSessions;
    }

    public StewardSettings.Engine kind() {
        return kind;
    }

    /** A new engine for one step; close it when the step is done. */
    public SqlEngine open() {
        long started = System.nanoTime();
        SqlEngine engine = kind == StewardSettings.Engine.SPARK
                ? new SparkSqlEngine(sparkSessions.session()) : new DuckDbEngine();
        log.info("engine {} ready in {} ms", kind.key(), (System.nanoTime() - started) / 1_000_000);
        return engine;
    }
}
