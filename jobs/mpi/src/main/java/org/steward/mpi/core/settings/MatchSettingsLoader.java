package org.steward.mpi.core.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Binds the parsed mpi.yml tree (plain maps, lists, strings, numbers, booleans, as any YAML
 * parser returns them) to {@link MatchSettings}, rejecting unknown keys and out-of-range values.
 */
public final class MatchSettingsLoader {

    /** Fields that have a comparator, and blocking keys a record can produce. */
    public static final Set<String> COMPARABLE_FIELDS = Set.of("first_name", "middle_name", "last_name", "suffix",
            "sex", "birth_date", "ssn", "household", "address", "city", "state", "zip", "phone", "email");
    public static final Set<String> BLOCKING_KEYS = Set.of("ssn", "birth_date", "birth_date_unordered",
            "birth_year", "first_metaphone", "last_metaphone", "names_unordered", "first_initial", "last_initial",
            "phone", "zip", "city", "email");
    /** Golden-record fields that each need a survivorship rule; address is address_line, city, state and zip. */
    public static final List<String> GOLDEN_FIELDS = List.of("first_name", "middle_name", "last_name", "name_suffix",
            "sex", "birth_date", "ssn", "address", "phone", "email");

    private MatchSettingsLoader() {
    }

    public static MatchSettings load(Map<String, Object> root) {
        SettingsNode top = new SettingsNode("", root);
        MatchSettings settings = new MatchSettings(references(top.child("reference")),
                standardise(top.child("standardise")), blocking(top.child("blocking")),
                comparisons(top), weights(top.child("weights")), em(top.child("em")), cluster(top.child("cluster")),
                overlay(top.child("overlay")), golden(top.child("golden")));
        top.rejectUnknownKeys();
        List<String> ruleNames = settings.blocking().rules().stream().map(MatchSettings.BlockingRule::name).toList();
        for (String r : settings.em().trainingRules()) {
            if (!ruleNames.contains(r)) {
                throw new IllegalArgumentException("em.training_rules: no blocking rule named " + r);
            }
        }
        List<String> compared = settings.comparisons().stream().map(MatchSettings.Comparison::field).toList();
        for (String f : settings.cluster().autoLinkRequiresAny()) {
            if (!compared.contains(f)) {
                throw new IllegalArgumentException("cluster.auto_link_requires_any: " + f + " is not among the comparisons");
            }
        }
        return settings;
    }

    private static MatchSettings.References references(SettingsNode n) {
        var r = new MatchSettings.References(n.text("nicknames"), n.text("name_suffixes"),
                n.text("placeholder_ssns"), n.text("address_abbreviations"));
        n.rejectUnknownKeys();
        return r;
    }

    private static MatchSettings.Standardise standardise(SettingsNode n) {
        var s = new MatchSettings.Standardise(n.integer("ssn_min_digits", 1, 20), n.integer("ssn_max_digits", 1, 20),
                n.flag("ssn_ssa_structure_check"), n.integer("phone_digits", 4, 15), n.integer("zip_digits", 3, 10),
                n.integer("minimum_birth_year", 1000, 3000));
        if (s.ssnMinDigits() > s.ssnMaxDigits()) {
            throw new IllegalArgumentException(n.where("ssn_min_digits") + ": greater than ssn_max_digits");
        }
        n.rejectUnknownKeys();
        return s;
    }

    private static MatchSettings.Blocking blocking(SettingsNode n) {
        List<MatchSettings.BlockingRule> rules = new ArrayList<>();
        List<Object> items = n.list("rules");
        for (int i = 0; i < items.size(); i++) {
            SettingsNode r = new SettingsNode(n.where("rules[" + i + "]"), items.get(i));
            List<String> keys = new ArrayList<>();
            for (Object k : r.list("keys")) {
                if (!BLOCKING_KEYS.contains(String.valueOf(k))) {
                    throw new IllegalArgumentException(r.where("keys") + ": unknown blocking key " + k);
                }
                keys.add(String.valueOf(k));
            }
            if (keys.isEmpty()) {
                throw new IllegalArgumentException(r.where("keys") + ": empty");
            }
            // Optional per rule; absent, the rule follows the section's oversized_blocks and window_size.
            MatchSettings.OversizedBlocks oversized = r.has("oversized_blocks")
                    ? r.choice("oversized_blocks", MatchSettings.OversizedBlocks.class) : null;
            Integer window = r.has("window_size") ? r.integer("window_size", 2, 10_000) : null;
            rules.add(new MatchSettings.BlockingRule(r.text("name"), keys, oversized, window));
            r.rejectUnknownKeys();
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException(n.where("rules") + ": at least one rule is needed");
        }
        var b = new MatchSettings.Blocking(rules, n.integer("max_block_size", 2, 1_000_000),
                n.choice("oversized_blocks", MatchSettings.OversizedBlocks.class), n.integer("window_size", 2, 10_000));
        n.rejectUnknownKeys();
        for (MatchSettings.BlockingRule rule : rules) {
            if (rule.windowSize() != null && b.oversizedBlocksOf(rule) == MatchSettings.OversizedBlocks.SKIP) {
                throw new IllegalArgumentException(n.where("rules") + " " + rule.name()
                        + ": window_size is set but the rule skips its oversized blocks");
            }
        }
        return b;
    }

    private static List<MatchSettings.Comparison> comparisons(SettingsNode top) {
        List<MatchSettings.Comparison> out = new ArrayList<>();
        List<Object> items = top.list("comparisons");
        for (int i = 0; i < items.size(); i++) {
            SettingsNode c = new SettingsNode(top.where("comparisons[" + i + "]"), items.get(i));
            String field = c.text("field");
            if (!COMPARABLE_FIELDS.contains(field)) {
                throw new IllegalArgumentException(c.where("field") + ": no comparator for " + field);
            }
            List<Double> bands = new ArrayList<>();
            double previous = 1.0;
            for (Object b : c.list("jaro_winkler_bands")) {
                if (!(b instanceof Number x) || x.doubleValue() <= 0 || x.doubleValue() >= previous) {
                    throw new IllegalArgumentException(c.where("jaro_winkler_bands")
                            + ": expected descending numbers below 1");
                }
                previous = x.doubleValue();
                bands.add(previous);
            }
            out.add(new MatchSettings.Comparison(field, bands, c.flag("term_frequency")));
            c.rejectUnknownKeys();
        }
        return out;
    }

    private static MatchSettings.Weights weights(SettingsNode n) {
        var w = new MatchSettings.Weights(n.integer("random_pairs", 1000, 100_000_000), n.whole("seed"),
                n.number("smoothing", 0, 1e6), n.number("term_frequency_minimum", 0, 1),
                n.number("max_absolute_weight", 1, 100));
        n.rejectUnknownKeys();
        return w;
    }

    private static MatchSettings.Em em(SettingsNode n) {
        List<String> rules = n.list("training_rules").stream().map(String::valueOf).toList();
        if (rules.isEmpty()) {
            throw new IllegalArgumentException(n.where("training_rules") + ": at least one rule is needed");
        }
        var e = new MatchSettings.Em(rules, n.integer("max_iterations", 1, 10_000), n.number("tolerance", 0, 1),
                n.number("initial_match_proportion", 1e-9, 1 - 1e-9), n.number("initial_m_agree", 0.01, 0.999),
                n.number("u_prior_weight", 0, 1000), n.integer("u_prior_min_pairs", 0, 100_000_000));
        n.rejectUnknownKeys();
        return e;
    }

    private static MatchSettings.Cluster cluster(SettingsNode n) {
        List<String> requires = n.list("auto_link_requires_any").stream().map(String::valueOf).toList();
        for (String field : requires) {
            if (!COMPARABLE_FIELDS.contains(field)) {
                throw new IllegalArgumentException(n.where("auto_link_requires_any") + ": no comparator for " + field);
            }
        }
        var c = new MatchSettings.Cluster(n.number("auto_link_probability", 0, 1), n.number("review_probability", 0, 1),
                requires, n.number("bridge_min_support", -1000, 1000), n.integer("max_cluster_size", 2, 1_000_000),
                n.integer("review_reasons", 1, 20));
        if (c.reviewProbability() > c.autoLinkProbability()) {
            throw new IllegalArgumentException(n.where("review_probability") + ": above auto_link_probability");
        }
        n.rejectUnknownKeys();
        return c;
    }

    private static MatchSettings.Overlay overlay(SettingsNode n) {
        // Field weights are clamped to +-max_absolute_weight (at most 100) per field: a floor beyond +-1000 could
        // never be crossed, or always would be.
        var o = new MatchSettings.Overlay(n.number("min_field_evidence", -1000, 1000));
        n.rejectUnknownKeys();
        return o;
    }

    private static MatchSettings.Golden golden(SettingsNode n) {
        List<String> trust = new ArrayList<>();
        for (Object f : n.list("facility_trust")) {
            // A YAML number would lose leading zeros (007 -> 7) and never equal the facility id text.
            if (!(f instanceof String id) || id.isBlank()) {
                throw new IllegalArgumentException(n.where("facility_trust") + ": " + f
                        + " is not a facility id as text (quote ids that look like numbers)");
            }
            if (trust.contains(id)) {
                throw new IllegalArgumentException(n.where("facility_trust") + ": " + id + " listed twice");
            }
            trust.add(id);
        }
        SettingsNode r = n.child("rules");
        Map<String, MatchSettings.GoldenRule> rules = new LinkedHashMap<>();
        for (String field : GOLDEN_FIELDS) {
            MatchSettings.GoldenRule rule = goldenRule(r, field);
            if (rule == MatchSettings.GoldenRule.FACILITY_TRUST && trust.isEmpty()) {
                throw new IllegalArgumentException(r.where(field) + ": facility_trust needs facilities listed in "
                        + n.where("facility_trust"));
            }
            rules.put(field, rule);
        }
        r.rejectUnknownKeys();
        n.rejectUnknownKeys();
        return new MatchSettings.Golden(trust, rules);
    }

    private static MatchSettings.GoldenRule goldenRule(SettingsNode rules, String field) {
        String name = rules.text(field);
        for (MatchSettings.GoldenRule rule : MatchSettings.GoldenRule.values()) {
            if (rule.name().toLowerCase(Locale.ROOT).equals(name)) {
                return rule;
            }
        }
        throw new IllegalArgumentException(rules.where(field) + ": unknown rule " + name + " (one of "
                + Arrays.stream(MatchSettings.GoldenRule.values()).map(g -> g.name().toLowerCase(Locale.ROOT)).toList()
                + ")");
    }
}
