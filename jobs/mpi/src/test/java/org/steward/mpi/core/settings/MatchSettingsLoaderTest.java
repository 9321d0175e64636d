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
    }
}
