package org.steward.mpi.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.steward.mpi.core.harness.MpiConfig;
import org.yaml.snakeyaml.Yaml;

class MatchSettingsLoaderTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> tree() throws Exception {
        try (Reader in = Files.newBufferedReader(MpiConfig.CONFIG_DIR.resolve("mpi.yml"))) {
            return (Map<String, Object>) new Yaml().load(in);
        }
    }

    @Test
    void theRepositoryConfigLoads() {
        MatchSettings s = MpiConfig.load().settings();
        assertThat(s.blocking().rules()).extracting(MatchSettings.BlockingRule::name).contains("ssn");
        assertThat(s.cluster().autoLinkProbability()).isGreaterThan(s.cluster().reviewProbability());
        assertThat(s.comparisons()).extracting(MatchSettings.Comparison::field).contains("first_name", "household");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOverlayFloorIsASettingCheckedAtStartUp() throws Exception {
        assertThat(MpiConfig.load().settings().overlay().minFieldEvidence()).isZero();

        Map<String, Object> text = tree();
        ((Map<String, Object>) text.get("overlay")).put("min_field_evidence", "low");
        assertThatThrownBy(() -> MatchSettingsLoader.load(text)).hasMessageContaining("overlay.min_field_evidence");

        Map<String, Object> huge = tree();
        ((Map<String, Object>) huge.get("overlay")).put("min_field_evidence", 5000);
        assertThatThrownBy(() -> MatchSettingsLoader.load(huge)).hasMessageContaining("overlay.min_field_evidence");

        Map<String, Object> missing = tree();
        missing.remove("overlay");
        assertThatThrownBy(() -> MatchSettingsLoader.load(missing)).hasMessageContaining("overlay");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstRule(Map<String, Object> tree) {
        return ((List<Map<String, Object>>) ((Map<String, Object>) tree.get("blocking")).get("rules")).get(0);
    }

    @Test
    void aRuleMayHandleItsOversizedBlocksItsOwnWay() throws Exception {
        MatchSettings.Blocking repository = MpiConfig.load().settings().blocking();
        MatchSettings.BlockingRule ssn = repository.rules().get(0);
        assertThat(repository.oversizedBlocksOf(ssn)).isEqualTo(repository.oversizedBlocks());
        assertThat(repository.windowSizeOf(ssn)).isEqualTo(repository.windowSize());

        Map<String, Object> own = tree();
        firstRule(own).put("oversized_blocks", "window");
        firstRule(own).put("window_size", 3);
        MatchSettings.Blocking loaded = MatchSettingsLoader.load(own).blocking();
        assertThat(loaded.oversizedBlocksOf(loaded.rules().get(0))).isEqualTo(MatchSettings.OversizedBlocks.WINDOW);
        assertThat(loaded.windowSizeOf(loaded.rules().get(0))).isEqualTo(3);
        assertThat(loaded.windowSizeOf(loaded.rules().get(1))).isEqualTo(repository.windowSize());

        Map<String, Object> unknown = tree();
        firstRule(unknown).put("oversized_blocks", "sample");
        assertThatThrownBy(() -> MatchSettingsLoader.load(unknown))
                .hasMessageContaining("blocking.rules[0].oversized_blocks");

        Map<String, Object> unused = tree();
        firstRule(unused).put("oversized_blocks", "skip");
        firstRule(unused).put("window_size", 3);
        assertThatThrownBy(() -> MatchSettingsLoader.load(unused)).hasMessageContaining("window_size");

        Map<String, Object> misspelt = tree();
        firstRule(misspelt).put("oversized_block", "skip");
        assertThatThrownBy(() -> MatchSettingsLoader.load(misspelt))
                .hasMessageContaining("blocking.rules[0].oversized_block").hasMessageContaining("unknown");
    }

    @Test
    @SuppressWarnings("unchecked")
    void unknownKeysAreRejectedWithTheirPath() throws Exception {
        Map<String, Object> tree = tree();
        ((Map<String, Object>) tree.get("cluster")).put("auto_link_probabilty", 0.9);
        assertThatThrownBy(() -> MatchSettingsLoader.load(tree))
                .hasMessageContaining("cluster.auto_link_probabilty").hasMessageContaining("unknown");
    }

    @Test
    @SuppressWarnings("unchecked")
    void badValuesAreRejected() throws Exception {
        Map<String, Object> tree = tree();
        ((Map<String, Object>) tree.get("cluster")).put("review_probability", 0.999);
        assertThatThrownBy(() -> MatchSettingsLoader.load(tree)).hasMessageContaining("review_probability");

        Map<String, Object> other = tree();
        ((List<Map<String, Object>>) ((Map<String, Object>) other.get("blocking")).get("rules")).get(0)
                .put("keys", List.of("shoe_size"));
        assertThatThrownBy(() -> MatchSettingsLoader.load(other)).hasMessageContaining("shoe_size");

        Map<String, Object> third = tree();
        ((Map<String, Object>) third.get("em")).put("training_rules", List.of("no_such_rule"));
        assertThatThrownBy(() -> MatchSettingsLoader.load(third)).hasMessageContaining("no_such_rule");

        Map<String, Object> fourth = tree();
        ((Map<String, Object>) fourth.get("cluster")).put("auto_link_requires_any", List.of("shoe_size"));
        assertThatThrownBy(() -> MatchSettingsLoader.load(fourth))
                .hasMessageContaining("cluster.auto_link_requires_any").hasMessageContaining("shoe_size");

        // A field with a comparator that this config does not compare cannot corroborate anything.
        Map<String, Object> fifth = tree();
        ((Map<String, Object>) fifth.get("cluster")).put("auto_link_requires_any", List.of("state"));
        assertThatThrownBy(() -> MatchSettingsLoader.load(fifth)).hasMessageContaining("not among the comparisons");
    }

    @Test
    void theRepositoryConfigGivesEveryGoldenFieldARule() {
        MatchSettings.Golden golden = MpiConfig.load().settings().golden();
        assertThat(golden.rules().keySet()).containsExactlyInAnyOrderElementsOf(MatchSettingsLoader.GOLDEN_FIELDS);
        assertThat(golden.rules()).containsEntry("first_name", MatchSettings.GoldenRule.MOST_FREQUENT)
                .containsEntry("address", MatchSettings.GoldenRule.MOST_RECENT);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> goldenOf(Map<String, Object> tree) {
        return (Map<String, Object>) tree.get("golden");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> goldenRulesOf(Map<String, Object> tree) {
        return (Map<String, Object>) goldenOf(tree).get("rules");
    }

    @Test
    void aGoldenFieldWithoutARuleIsRejected() throws Exception {
        Map<String, Object> tree = tree();
        goldenRulesOf(tree).remove("phone");
        assertThatThrownBy(() -> MatchSettingsLoader.load(tree))
                .hasMessageContaining("golden.rules.phone").hasMessageContaining("missing");
    }

    @Test
    void aRuleForAFieldTheGoldenRecordLacksIsRejected() throws Exception {
        Map<String, Object> tree = tree();
        goldenRulesOf(tree).put("nickname", "most_recent");
        assertThatThrownBy(() -> MatchSettingsLoader.load(tree))
                .hasMessageContaining("golden.rules.nickname").hasMessageContaining("unknown");
    }

    @Test
    void anUnknownRuleIsRejectedNamingTheRulesThereAre() throws Exception {
        Map<String, Object> tree = tree();
        goldenRulesOf(tree).put("ssn", "most_common");
        assertThatThrownBy(() -> MatchSettingsLoader.load(tree))
                .hasMessageContaining("golden.rules.ssn").hasMessageContaining("most_common")
                .hasMessageContaining("most_frequent");
    }

    @Test
    void anUnknownGoldenKeyIsRejected() throws Exception {
        Map<String, Object> tree = tree();
        goldenOf(tree).put("facility_trusts", List.of("F1"));
        assertThatThrownBy(() -> MatchSettingsLoader.load(tree))
                .hasMessageContaining("golden.facility_trusts").hasMessageContaining("unknown");

        Map<String, Object> withoutSection = tree();
        withoutSection.remove("golden");
        assertThatThrownBy(() -> MatchSettingsLoader.load(withoutSection))
                .hasMessageContaining("golden").hasMessageContaining("missing");
    }

    @Test
    void facilityTrustNeedsFacilitiesListedAsText() throws Exception {
        Map<String, Object> tree = tree();
        goldenRulesOf(tree).put("ssn", "facility_trust");
        assertThatThrownBy(() -> MatchSettingsLoader.load(tree))
                .hasMessageContaining("golden.rules.ssn").hasMessageContaining("golden.facility_trust");

        goldenOf(tree).put("facility_trust", List.of("HOSP_B", "HOSP_A"));
        MatchSettings.Golden golden = MatchSettingsLoader.load(tree).golden();
        assertThat(golden.facilityTrust()).containsExactly("HOSP_B", "HOSP_A");
        assertThat(golden.rules()).containsEntry("ssn", MatchSettings.GoldenRule.FACILITY_TRUST);

        goldenOf(tree).put("facility_trust", List.of("HOSP_B", 7));
        assertThatThrownBy(() -> MatchSettingsLoader.load(tree))
                .hasMessageContaining("golden.facility_trust").hasMessageContaining("7");

        goldenOf(tree).put("facility_trust", List.of("HOSP_B", "HOSP_B"));
        assertThatThrownBy(() -> MatchSettingsLoader.load(tree))
                .hasMessageContaining("golden.facility_trust").hasMessageContaining("twice");
    }
}
