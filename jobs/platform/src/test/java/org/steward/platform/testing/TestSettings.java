package org.steward.platform.testing;

import java.nio.file.Path;
import java.util.Map;
import org.steward.platform.settings.StewardSettings;
import org.steward.platform.settings.StewardSettings.CasemixSettings;
import org.steward.platform.settings.StewardSettings.DenialsSettings;
import org.steward.platform.settings.StewardSettings.JobRepositorySettings;
import org.steward.platform.settings.StewardSettings.MpiSettings;
import org.steward.platform.settings.StewardSettings.QualitySettings;
import org.steward.platform.settings.StewardSettings.SparkSettings;
import org.steward.platform.settings.StewardSettings.StageSettings;

/**
 * Settings for tests: a private H2 JobRepository file, local Spark with two partitions whose file modes are set
 * in process ({@link InProcessPermissionsFileSystem}), small chunks.
 */
public final class TestSettings {

    /** The checkout, seen from a module folder (jobs/<module>) where tests run. */
    public static final Path REPOSITORY_ROOT = Path.of("../..").toAbsolutePath().normalize();

    private TestSettings() {
    }

    public static StewardSettings h2(Path folder) {
        return with(folder, new JobRepositorySettings("jdbc:h2:file:" + folder.resolve("job-repository")
                + ";AUTO_SERVER=TRUE", "sa", ""));
    }

    public static StewardSettings with(Path folder, JobRepositorySettings repository) {
        return new StewardSettings(folder, "test", StewardSettings.Engine.DUCKDB, repository,
                new SparkSettings("local[2]", "steward-test",
                        REPOSITORY_ROOT.resolve("jobs/spark-executor/target/steward-spark-executor.jar"), Map.of("spark.sql.shuffle.partitions", "2",
                        "spark.ui.enabled", "false", "spark.sql.session.timeZone", "UTC",
                        "spark.sql.sources.partitionColumnTypeInference.enabled", "false",
                        "spark.hadoop.fs.file.impl", InProcessPermissionsFileSystem.class.getName())),
                // Tiny chunks so even small fixtures are read by several threads in several chunks.
                new StageSettings(2, 1, 8, "snappy"),
                new QualitySettings(REPOSITORY_ROOT.resolve("config/quality"), REPOSITORY_ROOT.resolve("config/reference"),
                        100_000, 6, 3, 3.0, 0.005),
                new MpiSettings(REPOSITORY_ROOT.resolve("config/mpi.yml"),
                        REPOSITORY_ROOT.resolve("config/mpi/decisions.csv")),
                new CasemixSettings(REPOSITORY_ROOT.resolve("config/casemix.yml"), REPOSITORY_ROOT.resolve("config/reference")),
                new DenialsSettings(REPOSITORY_ROOT.resolve("config/denials.yml"),
                        REPOSITORY_ROOT.resolve("config/reference/remittance")),
                new StewardSettings.OperationsSettings(REPOSITORY_ROOT.resolve("config/schedule.yml"), folder.resolve("output"), 60),
                new StewardSettings.LifecycleSettings(REPOSITORY_ROOT.resolve("config/retention.yml"),
                        REPOSITORY_ROOT.resolve("config/agreements.yml")),
                new StewardSettings.PrivacySettings(REPOSITORY_ROOT.resolve("config/privacy.yml")),
                new StewardSettings.ReportSettings(REPOSITORY_ROOT.resolve("config/report.yml"),
                        REPOSITORY_ROOT.resolve("reports"), REPOSITORY_ROOT.resolve("sql")));
    }

    /** The same settings with other MPI settings (a decisions file of the test's own). */
    public static StewardSettings withMpi(StewardSettings settings, MpiSettings mpi) {
        return new StewardSettings(settings.home(), settings.source(), settings.engine(), settings.jobRepository(), settings.spark(),
                settings.stage(), settings.quality(), mpi, settings.casemix(), settings.denials(), settings.operations(),
                settings.lifecycle(), settings.privacy(), settings.report());
    }
}
