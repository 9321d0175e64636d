package org.steward.denials.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.denials.core.Category;
import org.steward.denials.core.DenialMapping;
import org.steward.denials.reference.RemittanceCodes;
import org.steward.platform.settings.ConfigException;

class DenialsConfigTest {

    private static final Path HOME = Path.of("../..").toAbsolutePath().normalize();
    private static final Path SETTINGS = HOME.resolve("config/denials.yml");
    private static final Path MAPPING = HOME.resolve("config/denials/carc-categories.yml");
    private static final RemittanceCodes CODES = RemittanceCodes.load(HOME.resolve("config/reference/remittance"));

    @TempDir
    Path folder;

    private Path settings;

    @BeforeEach
    void copySettingsPointingAtACopyOfTheMapping() throws Exception {
        Path mapping = Files.writeString(folder.resolve("carc-categories.yml"), Files.readString(MAPPING));
        settings = Files.writeString(folder.resolve("denials.yml"), Files.readString(SETTINGS)
                .replace("${STEWARD_HOME}/config/denials/carc-categories.yml", mapping.toString()));
    }

    @Test
    void theShippedSettingsAndMappingLoad() {
        DenialsConfig config = DenialsConfig.load(SETTINGS, HOME, CODES);
        assertThat(config.controlChartMonths()).isEqualTo(24);
        assertThat(config.paretoShare()).isEqualTo(0.80);
        assertThat(config.mapping().categories()).extracting(Category::name)
                .contains("authorization", "missing_documentation", "timely_filing", "coding", "eligibility_registration");
        assertThat(config.mapping().categories()).allSatisfy(c -> assertThat(Category.OWNERS).contains(c.owner()));
        assertThat(config.mapping().reversalGroups()).containsExactly("CR");
        assertThat(config.appealsMinDecided()).isEqualTo(20);
        assertThat(config.appealsObservedMonths()).isEqualTo(12);
    }

    @Test
    void theShippedMappingReadsTheCommonCodesAsDomainMdSays() {
        DenialMapping mapping = DenialsConfig.load(SETTINGS, HOME, CODES).mapping();
        assertThat(mapping.classify("CO", "45", "").denial()).isFalse();
        assertThat(mapping.classify("PR", "1", null).denial()).isFalse();
        assertThat(mapping.classify("PR", "2", "").denial()).isFalse();
        assertThat(mapping.classify("PR", "3", "").denial()).isFalse();
        assertThat(mapping.classify("CO", "197", "").category()).isEqualTo("authorization");
        assertThat(mapping.classify("CO", "29", "").category()).isEqualTo("timely_filing");
        assertThat(mapping.classify("OA", "18", "N111").category()).isEqualTo("duplicate_claim");
        assertThat(mapping.classify("CO", "22", "MA04").category()).isEqualTo("coordination_of_benefits");
        assertThat(mapping.classify("CO", "50", "N115").category()).isEqualTo("medical_necessity");
        assertThat(mapping.classify("CO", "11", "").category()).isEqualTo("coding");
        assertThat(mapping.classify("CO", "96", "N130").category()).isEqualTo("non_covered");
        assertThat(mapping.classify("CO", "97", "M15").category()).isEqualTo("bundling");
        assertThat(mapping.classify("PR", "27", "").category()).isEqualTo("eligibility_registration");
        // CARC 16's RARC decides: a missing medical record is documentation, a missing claim field is claim data.
        assertThat(mapping.classify("CO", "16", "M127")).isEqualTo(
                new DenialMapping.Reason(true, "missing_documentation", "missing_documentation"));
        assertThat(mapping.classify("CO", "16", "N290").category()).isEqualTo("claim_data");
        assertThat(mapping.classify("CO", "16", "").category()).isEqualTo("claim_data");
        // Never guessed: a code no entry covers is unmapped.
        assertThat(mapping.classify("CO", "B9", "")).isEqualTo(new DenialMapping.Reason(true, "unmapped", "unmapped"));
        assertThat(mapping.classify("CO", "", "").category()).isEqualTo("unmapped");
    }

    @Test
    void anUnknownKeyStopsTheRunWithItsFileAndLine() throws Exception {
        Path file = variant("  pareto-share: 0.80", "  pareto-share: 0.80\n  pareto-shares: 0.9");
        assertThatThrownBy(() -> DenialsConfig.load(file, HOME, CODES)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown key 'statistics.pareto-shares'").hasMessageContaining(file + ":");
    }

    @Test
    void badValuesAreRefused() throws Exception {
        assertThatThrownBy(() -> DenialsConfig.load(variant("alpha: 0.01", "alpha: 5"), HOME, CODES))
                .hasMessageContaining("statistics.mix-shift.alpha").hasMessageContaining("between");
        assertThatThrownBy(() -> DenialsConfig.load(variant("min-baseline-months: 6", "min-baseline-months: 30"),
                HOME, CODES)).hasMessageContaining("must be less than control-chart-months");
        assertThatThrownBy(() -> DenialsConfig.load(variant("CO-45, PR-1", "CO-45, XX-1"), HOME, CODES))
                .hasMessageContaining("denial.not-denials").hasMessageContaining("XX-1");
        assertThatThrownBy(() -> DenialsConfig.load(variant("  trend-months: 3\n", ""), HOME, CODES))
                .hasMessageContaining("missing key 'statistics.trend-months'");
        assertThatThrownBy(() -> DenialsConfig.load(variant("min-decided: 20", "min-decided: 0"), HOME, CODES))
                .hasMessageContaining("appeals.min-decided").hasMessageContaining("between");
        assertThatThrownBy(() -> DenialsConfig.load(variant("observed-months: 12", "observed-months: twelve"), HOME,
                CODES)).hasMessageContaining("appeals.observed-months");
    }

    @Test
    void aCodeThatIsNotInTheReferenceListsStopsTheRunWithItsLine() throws Exception {
        Path mapping = folder.resolve("carc-categories.yml");
        edited(mapping, "carc: \"197\", category: authorization", "carc: \"1970\", category: authorization");
        int line = lineOf(mapping, "\"1970\"");
        assertThatThrownBy(() -> DenialsConfig.load(settings, HOME, CODES)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(mapping + ":" + line).hasMessageContaining("'1970' is not in the CARC list");
    }

    @Test
    void anUnknownRarcCategoryOwnerOrScenarioAndADuplicateEntryAreRefused() throws Exception {
        Path mapping = folder.resolve("carc-categories.yml");
        String original = Files.readString(mapping);
        edited(mapping, "rarc: M127,", "rarc: M1270,");
        assertThatThrownBy(() -> DenialsConfig.load(settings, HOME, CODES)).hasMessageContaining("'M1270' is not in the RARC list");
        Files.writeString(mapping, original.replace("category: timely_filing, scenario: none",
                "category: late_filing, scenario: none"));
        assertThatThrownBy(() -> DenialsConfig.load(settings, HOME, CODES)).hasMessageContaining("'late_filing' is not one of");
        Files.writeString(mapping, original.replace("owner: cdi", "owner: finance"));
        assertThatThrownBy(() -> DenialsConfig.load(settings, HOME, CODES)).hasMessageContaining("owner")
                .hasMessageContaining("finance");
        Files.writeString(mapping, original.replace("category: timely_filing, scenario: none",
                "category: timely_filing, scenario: late"));
        assertThatThrownBy(() -> DenialsConfig.load(settings, HOME, CODES)).hasMessageContaining("'late' is not one of");
        Files.writeString(mapping, original.replace("  - {group: \"*\", carc: \"29\", category: timely_filing, scenario: none}",
                "  - {group: \"*\", carc: \"29\", category: timely_filing, scenario: none}\n"
                        + "  - {group: \"*\", carc: \"29\", category: other, scenario: none}"));
        assertThatThrownBy(() -> DenialsConfig.load(settings, HOME, CODES)).hasMessageContaining("again (first on line");
        Files.writeString(mapping, original.replace("  - {group: \"*\", carc: \"29\", category: timely_filing, scenario: none}",
                "  - {group: CO, carc: \"45\", category: other, scenario: none}"));
        assertThatThrownBy(() -> DenialsConfig.load(settings, HOME, CODES)).hasMessageContaining("never a denial");
    }

    /** A new copy of the test's settings with one edit. */
    private Path variant(String from, String to) throws Exception {
        String text = Files.readString(settings);
        assertThat(text).contains(from);
        return Files.writeString(Files.createTempFile(folder, "denials", ".yml"), text.replace(from, to));
    }

    private static Path edited(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        return Files.writeString(file, text.replace(from, to));
    }

    private static int lineOf(Path file, String text) throws Exception {
        java.util.List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
