package org.steward.app.engine;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.steward.platform.spark.SparkSessions;
import org.steward.platform.testing.TestSettings;

/**
 * The local Spark session of the engine parity tests: started by the first test that needs it and kept for the
 * others in this JVM (one per module's test run), as a run of bin/steward keeps one for all its jobs. Spark stops
 * it when the JVM ends. Each test's {@code SparkSqlEngine} drops the views and cached tables it made when closed,
 * so a test sees only its own.
 */
final class ParitySpark {

    // TestSettings' Spark settings do not depend on the folder (it only places the JobRepository).
    private static SparkSessions sessions = new SparkSessions(TestSettings.h2(Path.of("target")).spark());

    private ParitySpark() {
    }

    /**
     * The shared session; a new one when another test in this JVM stopped it (SparkSession.getOrCreate hands every
     * caller the same active session, so one test closing its own SparkSessions stops it for all).
     */
    static synchronized SparkSession session() {
        SparkSession session = sessions.session();
        if (session.sparkContext().isStopped()) {
            sessions = new SparkSessions(TestSettings.h2(Path.of("target")).spark());
            session = sessions.session();
        }
        return session;
    }
}
