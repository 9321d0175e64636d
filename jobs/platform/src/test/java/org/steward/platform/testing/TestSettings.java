package org.steward.platform.testing;

import java.nio.file.Path;
import java.util.Map;
import org.steward.platform.settings.StewardSettings;
import org.steward.platform.settings.StewardSettings.JobRepositorySettings;
import org.steward.platform.settings.StewardSettings.SparkSettings;
import org.steward.platform.settings.StewardSettings.StageSettings;

/** Settings for tests: a private H2 JobRepository file, local Spark with two partitions, small chunks. */
public final class TestSettings {

    private TestSettings() {
    }

    public static StewardSettings h2(Path folder) {
        return with(folder, new JobRepositorySettings("jdbc:h2:file:" + folder.resolve("job-repository")
                + ";AUTO_SERVER=TRUE", "sa", ""));
    }

    public static StewardSettings with(Path folder, JobRepositorySettings repository) {
        return new StewardSettings(folder, "test", repository,
                new SparkSettings("local[2]", "steward-test", Map.of("spark.sql.shuffle.partitions", "2",
                        "spark.ui.enabled", "false", "spark.sql.session.timeZone", "UTC")),
                // Tiny chunks so even small fixtures are read by several threads in several chunks.
                new StageSettings(2, 1, 8, "snappy"));
    }
}
