package org.steward.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.platform.settings.ConfigException;
import org.steward.platform.settings.StewardSettings.SparkSettings;
import org.steward.platform.spark.SparkSessions;

/** A cluster master ships the executor jar as spark.jars; a local master ships nothing. No Spark is started. */
class ExecutorJarOptionsTest {

    @TempDir
    Path folder;

    @Test
    void aClusterMasterShipsTheExecutorJar() throws Exception {
        Path jar = Files.writeString(folder.resolve("steward-spark-executor.jar"), "jar");
        Map<String, String> options = SparkSessions.options(
                new SparkSettings("spark://127.0.0.1:7077", "steward", jar, Map.of("spark.ui.enabled", "false")));
        assertThat(options).containsEntry("spark.jars", jar.toAbsolutePath().normalize().toString())
                .containsEntry("spark.ui.enabled", "false");
    }

    @Test
    void theUsersSparkJarsWin() {
        Map<String, String> options = SparkSessions.options(new SparkSettings("spark://127.0.0.1:7077", "steward",
                folder.resolve("missing.jar"), Map.of("spark.jars", "/opt/mine.jar")));
        assertThat(options).containsEntry("spark.jars", "/opt/mine.jar");
    }

    @Test
    void aLocalMasterShipsNothingAndNeedsNoJar() {
        Map<String, String> options = SparkSessions.options(
                new SparkSettings("local[*]", "steward", folder.resolve("missing.jar"), Map.of()));
        assertThat(options).doesNotContainKey("spark.jars");
    }

    @Test
    void aMissingExecutorJarIsAConfigurationError() {
        Path missing = folder.resolve("missing.jar");
        assertThatThrownBy(() -> SparkSessions.options(
                new SparkSettings("spark://127.0.0.1:7077", "steward", missing, Map.of())))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("not found: build it with `mvn package`");
    }
}
