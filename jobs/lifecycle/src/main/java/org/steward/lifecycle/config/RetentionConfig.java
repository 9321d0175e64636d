package org.steward.lifecycle.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steward.lifecycle.core.FederalFloor;
import org.steward.lifecycle.core.RetentionPolicy;
import org.steward.lifecycle.core.RetentionRule;
import org.steward.platform.settings.YamlFile;
import org.steward.platform.settings.YamlNode;

/**
 * The retention job's rules as data: {@code config/retention.yml}. Read strictly: a missing or unknown key, a
 * state that is not a two-letter code, a period out of range or a rule without its source stops the run at
 * start-up with the file and line.
 */
public final class RetentionConfig {

    private RetentionConfig() {
    }

    public static RetentionPolicy load(Path file, Path home) {
        YamlNode root = YamlFile.read(file, Map.of("STEWARD_HOME", home.toAbsolutePath().normalize().toString()));
        YamlNode floorNode = root.child("federal-floor");
        int floorYears = years(floorNode, "years");
        String applies = floorNode.text("applies");
        if (!applies.equals("fallback") && !applies.equals("always")) {
            throw floorNode.error("applies", "must be fallback or always, got '" + applies + "'");
        }
        FederalFloor floor = new FederalFloor(floorYears, applies.equals("always"), source(floorNode));
        int defaultMajority = age(root, "default-age-of-majority");
        YamlNode statesNode = root.child("states");
        List<RetentionRule> rules = new ArrayList<>();
        for (String state : statesNode.keys()) {
            if (!state.matches("[A-Z]{2}")) {
                throw statesNode.error(state, "is not a state: expected a two-letter USPS code in upper case");
            }
            YamlNode rule = statesNode.child(state);
            int adult = years(rule, "adult-years");
            String source = source(rule);
            Optional<RetentionRule.MinorsRule> minors = Optional.empty();
            if (rule.has("minors")) {
                YamlNode m = rule.child("minors");
                int majority = m.has("age-of-majority") ? age(m, "age-of-majority") : defaultMajority;
                minors = Optional.of(new RetentionRule.MinorsRule(majority, years(m, "years-after-majority"), source(m)));
            }
            rules.add(new RetentionRule(state, adult, source, minors));
        }
        root.rejectUnread();
        return new RetentionPolicy(floor, rules);
    }

    private static int years(YamlNode node, String key) {
        requireKey(node, key);
        return node.integer(key, 0, 0, 100);
    }

    private static int age(YamlNode node, String key) {
        requireKey(node, key);
        return node.integer(key, 0, 1, 30);
    }

    private static String source(YamlNode node) {
        String source = node.text("source").strip();
        if (source.isEmpty()) {
            throw node.error("source", "must name where the rule comes from (a statute, a regulation, a policy)");
        }
        return source;
    }

    private static void requireKey(YamlNode node, String key) {
        if (!node.has(key)) {
            throw node.error(key, "is missing");
        }
    }
}
