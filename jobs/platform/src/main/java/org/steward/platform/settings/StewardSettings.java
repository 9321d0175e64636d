package org.steward.platform.settings;

import java.nio.file.Path;
import java.util.Map;

/** Everything a run is configured with, read from {@code config/steward.yml} or the file given by --config. */
public record StewardSettings(Path home, String source, JobRepositorySettings jobRepository,
                              SparkSettings spark, StageSettings stage, QualitySettings quality,
                              MpiSettings mpi) {

    /** Where Spring Batch keeps job instances and executions: an H2 file by default, PostgreSQL by URL. */
    public record JobRepositorySettings(String url, String username, String password) {

        public boolean isPostgres() {
            return url.startsWith("jdbc:postgresql:");
        }
    }

    /** The Spark master and options; the same job code runs in-process or on a cluster. */
    public record SparkSettings(String master, String appName, Map<String, String> options) {
    }

    /** How the stage job reads CSV and writes Parquet. */
    public record StageSettings(int threads, int chunkMegabytes, int rowGroupMegabytes, String compression) {
    }

    /**
     * Where the quality job finds its rules and reference data, how many failing rows it keeps per
     * check, and when a rising failure rate becomes a regression alert.
     */
    /**
     * Where the MPI job's matching settings are (config/mpi.yml, with its reference files beside it),
     * the stewards' decisions file (force-link and force-separate pairs, honoured on every run), and where a
     * full rebuild compares its pairs: {@code spark} (the run's Spark session) or {@code in-memory} (this JVM).
     */
    public record MpiSettings(Path settings, Path decisions, String engine) {

        public static final java.util.List<String> ENGINES = java.util.List.of("spark", "in-memory");
    }

    public record QualitySettings(Path rules, Path reference, int failureSample, int trailingPeriods, int minHistory,
                                  double sigmas, double minIncrease) {
    }
}
