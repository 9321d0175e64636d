package org.steward.stage.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An in-process DuckDB for the set-based work on a table stage has just written (finding repeated keys,
 * merging a delta): it spills to the run's work area rather than hold a large table in memory.
 */
final class StagedDuckDb {

    /** Leaves room for the JVM's heap on the same machine; larger work spills to disk, it does not fail. */
    private static final String MEMORY_LIMIT = "1GB";

    private StagedDuckDb() {
    }

    static Connection open(Path spill, int threads) throws SQLException {
        Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = duck.createStatement()) {
            statement.execute("SET threads = " + Math.max(1, threads));
            statement.execute("SET memory_limit = '" + MEMORY_LIMIT + "'");
            statement.execute("SET temp_directory = " + literal(spill.toAbsolutePath().toString()));
        } catch (SQLException e) {
            duck.close();
            throw e;
        }
        return duck;
    }

    /** Every staged Parquet file of a table: in period folders, or directly in the folder for a snapshot. */
    static String files(Path folder, boolean partitioned) {
        return literal(folder.toAbsolutePath() + (partitioned ? "/*/*.parquet" : "/*.parquet"));
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
