package org.steward.platform.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {

    private static final Path REPOSITORY_ROOT = Path.of("../..").toAbsolutePath().normalize();

    @TempDir
    Path folder;

    @Test
    void theShippedSettingsFileIsValidAndResolvesTheHome() {
        StewardSettings settings = SettingsLoader.load(REPOSITORY_ROOT, Optional.empty());
        assertThat(settings.source()).endsWith("config/steward.yml");
        assertThat(settings.jobRepository().url()).startsWith("jdbc:h2:file:" + REPOSITORY_ROOT + "/var/");
        assertThat(settings.spark().master()).isEqualTo("local[*]");
        assertThat(settings.spark().options()).containsEntry("spark.ui.enabled", "false");
        assertThat(settings.stage().threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void theBuiltInCopyIsUsedOutsideACheckout() {
        StewardSettings settings = SettingsLoader.load(folder, Optional.empty());
        assertThat(settings.source()).isEqualTo("built-in steward.yml");
        assertThat(settings.jobRepository().url()).contains(folder.toString());
    }

    @Test
    void anUnknownKeyFailsWithFileAndLine() throws Exception {
        String text = Files.readString(REPOSITORY_ROOT.resolve("config/steward.yml"))
                .replace("  compression: snappy", "  compression: snappy\n  compresion: zstd");
        Path file = Files.writeString(folder.resolve("typo.yml"), text);
        int line = (int) text.lines().takeWhile(l -> !l.contains("compresion")).count() + 1;
        assertThatThrownBy(() -> SettingsLoader.load(folder, Optional.of(file)))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ":" + line + ": unknown key 'stage.compresion'");
    }

    @Test
    void badValuesAndMissingKeysAreNamed() throws Exception {
        String text = Files.readString(REPOSITORY_ROOT.resolve("config/steward.yml"));
        Path badChunk = Files.writeString(folder.resolve("a.yml"), text.replaceAll("chunk-megabytes: [0-9]+", "chunk-megabytes: lots"));
        assertThatThrownBy(() -> SettingsLoader.load(folder, Optional.of(badChunk)))
                .hasMessageContaining("'stage.chunk-megabytes' must be a number, got 'lots'");
        Path badCodec = Files.writeString(folder.resolve("b.yml"), text.replace("compression: snappy", "compression: lz5"));
        assertThatThrownBy(() -> SettingsLoader.load(folder, Optional.of(badCodec)))
                .hasMessageContaining("'stage.compression' must be one of");
        Path missing = Files.writeString(folder.resolve("c.yml"), text.replaceAll("(?m)^  app-name: steward\n", ""));
        assertThatThrownBy(() -> SettingsLoader.load(folder, Optional.of(missing)))
                .hasMessageContaining("missing key 'spark.app-name'");
        Path broken = Files.writeString(folder.resolve("d.yml"), "spark: [unclosed\n");
        assertThatThrownBy(() -> SettingsLoader.load(folder, Optional.of(broken)))
                .hasMessageContaining("not valid YAML");
    }
}
