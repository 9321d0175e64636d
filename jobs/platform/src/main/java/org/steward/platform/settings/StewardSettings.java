package org.steward.platform.settings;

import java.nio.file.Path;
import java.util.Map;

/** Everything a run is configured with, read from {@code config/steward.yml} or the file given by --config. */
public record StewardSettings(Path home, String source, Engine engine, JobRepositorySettings jobRepository,
                              SparkSettings spark, StageSettings stage, QualitySettings quality,
                              MpiSettings mpi, CasemixSettings casemix,
                              DenialsSettings denials, OperationsSettings operations,
                              LifecycleSettings lifecycle, PrivacySettings privacy,
                              ReportSettings report) {

    /**
     * Where every job's set-based work runs: {@code duckdb} in this process (the default: nothing to
     * install or start), or {@code spark} on the master of the {@code spark:} section (local or a cluster).
     */
    public enum Engine {
        DUCKDB, SPARK;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static java.util.Optional<Engine> of(String key) {
            return java.util.Arrays.stream(values()).filter(e -> e.key().equals(key)).findFirst();
        }

        public static java.util.List<String> keys() {
            return java.util.Arrays.stream(values()).map(Engine::key).toList();
        }
    }

    /** The same settings with another engine: {@code run --engine} overrides steward.yml for one run. */
    public StewardSettings withEngine(Engine other) {
        return new StewardSettings(home, source, other, jobRepository, spark, stage, quality, mpi, casemix, denials,
                operations, lifecycle, privacy, report);
    }

    /** Where Spring Batch keeps job instances and executions: an H2 file by default, PostgreSQL by URL. */
    public record JobRepositorySettings(String url, String username, String password) {

        public boolean isPostgres() {
            return url.startsWith("jdbc:postgresql:");
        }
    }

    /**
     * The Spark master and options; the same job code runs in-process or on a cluster. A cluster's
     * executors get Steward's own classes from {@code executorJar} (a plain jar, shipped as spark.jars).
     */
    public record SparkSettings(String master, String appName, Path executorJar, Map<String, String> options) {

        public boolean isLocal() {
            return master.startsWith("local");
        }
    }

    /** How the stage job reads CSV and writes Parquet. */
    public record StageSettings(int threads, int chunkMegabytes, int rowGroupMegabytes, String compression) {
    }

    /**
     * Where the MPI job's matching settings are (config/mpi.yml, with its reference files beside it) and
     * the stewards' decisions file (force-link and force-separate pairs, honoured on every run).
     */
    public record MpiSettings(Path settings, Path decisions) {
    }

    /**
     * Where the quality job finds its rules and reference data, how many failing rows it keeps per
     * check, and when a rising failure rate becomes a regression alert.
     */
    public record QualitySettings(Path rules, Path reference, int failureSample, int trailingPeriods, int minHistory,
                                  double sigmas, double minIncrease) {
    }

    /**
     * Where the case-mix job finds its settings (which stays count, transfers, CDI targets, base rate) and
     * the MS-DRG weight tables and CC/MCC lists by fiscal year.
     */
    public record CasemixSettings(Path settings, Path reference) {
    }

    /**
     * Where the denials job finds its settings (denial rule, statistics, the CARC/RARC to root-cause mapping
     * named inside them) and the CARC, RARC and group code lists.
     */
    public record DenialsSettings(Path settings, Path reference) {
    }

    /**
     * How runs are operated: the plans of jobs run together (config/schedule.yml: nightly, monthly), the output
     * folder of runs that name none, and how long a run's hold on its output folder outlives a holder that
     * stopped answering (killed, machine lost).
     */
    public record OperationsSettings(Path schedule, Path output, int lockExpirySeconds) {
    }

    /**
     * Where the records-lifecycle jobs find their rules: retention periods by state with their sources
     * (config/retention.yml) and the agreement checks (config/agreements.yml).
     */
    public record LifecycleSettings(Path retention, Path agreements) {
    }

    /**
     * Where the privacy audits (roi, access-audit) find their settings: purposes that need no authorization,
     * the patient-access deadlines, the access rules with their windows and exempt roles, the volume statistic.
     */
    public record PrivacySettings(Path settings) {
    }

    /**
     * Where the monthly report finds its targets and good/watch/act bands (config/report.yml), its templates
     * (reports/) and the SQL it runs (the views of sql/staging and sql/marts, its queries in sql/report).
     */
    public record ReportSettings(Path settings, Path templates, Path sql) {
    }
}
