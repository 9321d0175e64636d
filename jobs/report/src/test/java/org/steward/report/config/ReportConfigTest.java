package org.steward.report.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.platform.settings.ConfigException;
import org.steward.platform.testing.TestSettings;
import org.steward.report.core.Better;
import org.steward.report.core.Headline;
import org.steward.report.core.Mark;

class ReportConfigTest {

    static final Path ROOT = TestSettings.REPOSITORY_ROOT;

    @TempDir
    Path folder;

    @Test
    void theShippedConfigurationLoadsWithATargetForEveryHeadline() {
        ReportConfig config = load(ROOT.resolve("config/report.yml"));
        assertThat(config.targets()).containsOnlyKeys(Headline.values());
        assertThat(config.target(Headline.DUPLICATE_RATE).target()).isEqualTo(0.01);
        assertThat(config.target(Headline.CDI_RESPONSE_RATE).better()).isEqualTo(Better.HIGHER);
        assertThat(config.target(Headline.CDI_AGREEMENT_RATE).mark(0.75)).isEqualTo(Mark.WATCH);
    }

    @Test
    void anUnknownKeyIsAnErrorNamingFileAndLine() throws Exception {
        Path file = variant("top-rows: 10", "top-rows: 10\ntop-row: 5");
        assertThatThrownBy(() -> load(file)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("unknown key 'top-row'");
    }

    @Test
    void aHeadlineTheReportDoesNotComputeIsRefused() throws Exception {
        Path file = variant("headlines:\n", "headlines:\n  overlay-rate:\n    better: lower\n    target: 0.01\n    act: 0.02\n");
        assertThatThrownBy(() -> load(file)).hasMessageContaining("overlay-rate").hasMessageContaining("is not a headline");
    }

    @Test
    void bandsInTheWrongOrderAreRefusedWithTheirKey() throws Exception {
        Path file = variant("    target: 0.90\n    act: 0.80", "    target: 0.90\n    act: 0.95");
        assertThatThrownBy(() -> load(file)).hasMessageContaining("headlines.cdi-response-rate.act");
    }

    @Test
    void aMissingTemplateStopsTheRunAtStartUp() {
        assertThatThrownBy(() -> ReportConfig.load(ROOT.resolve("config/report.yml"), ROOT, folder))
                .hasMessageContaining("report.ftlh").hasMessageContaining("not found");
    }

    private Path variant(String from, String to) throws Exception {
        String text = Files.readString(ROOT.resolve("config/report.yml"));
        assertThat(text).contains(from);
        return Files.writeString(folder.resolve("report.yml"), text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
    }

    private static ReportConfig load(Path file) {
        return ReportConfig.load(file, ROOT, ROOT.resolve("reports"));
    }
}
