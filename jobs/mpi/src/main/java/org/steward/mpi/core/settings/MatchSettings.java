package org.steward.mpi.core.settings;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Every matching setting, as data (bound from {@code config/mpi.yml}; each key is documented
 * there). Nothing in the matching core holds a threshold, band or list of its own.
 */
public record MatchSettings(
        References references,
        Standardise standardise,
        Blocking blocking,
        List<Comparison> comparisons,
        Weights weights,
        Em em,
        Cluster cluster,
        Overlay overlay,
        Golden golden) implements Serializable {

    public MatchSettings {
        comparisons = List.copyOf(comparisons);
    }

    /** Reference data files, relative to the folder holding mpi.yml. */
    public record References(String nicknames, String nameSuffixes, String placeholderSsns,
                             String addressAbbreviations) implements Serializable {
    }

    /** Standardisation rules that are numbers rather than tables. */
    public record Standardise(int ssnMinDigits, int ssnMaxDigits, boolean ssnSsaStructureCheck,
                              int phoneDigits, int zipDigits, int minimumBirthYear) implements Serializable {
    }

    /**
     * One blocking rule: records sharing every key land in one block. The rule may handle its oversized
     * blocks its own way (oversized_blocks, window_size); null means the blocking section's setting.
     */
    public record BlockingRule(String name, List<String> keys, OversizedBlocks oversizedBlocks, Integer windowSize)
            implements Serializable {
        public BlockingRule {
            keys = List.copyOf(keys);
        }

        /** A rule that handles oversized blocks as the blocking section says. */
        public BlockingRule(String name, List<String> keys) {
            this(name, keys, null, null);
        }
    }

    /** How oversized blocks are handled: skipped, or compared only within a sorted window. */
    public enum OversizedBlocks { SKIP, WINDOW }

    public record Blocking(List<BlockingRule> rules, int maxBlockSize, OversizedBlocks oversizedBlocks,
                           int windowSize) implements Serializable {
        public Blocking {
            rules = List.copyOf(rules);
        }

        /** How this rule handles its oversized blocks: its own setting, else the section's. */
        public OversizedBlocks oversizedBlocksOf(BlockingRule rule) {
            return rule.oversizedBlocks() != null ? rule.oversizedBlocks() : oversizedBlocks;
        }

        /** The window this rule slides over its oversized blocks: its own setting, else the section's. */
        public int windowSizeOf(BlockingRule rule) {
            return rule.windowSize() != null ? rule.windowSize() : windowSize;
        }
    }

    /**
     * Which comparison a field gets: the comparator is chosen by the field name, its
     * Jaro-Winkler bands (descending similarity floors) and term-frequency switch come from here.
     */
    public record Comparison(String field, List<Double> jaroWinklerBands, boolean termFrequency)
            implements Serializable {
        public Comparison {
            jaroWinklerBands = List.copyOf(jaroWinklerBands);
        }
    }

    /**
     * u from random pairs; smoothing is the pseudo-count added to every level so no level has a
     * probability of zero; term-frequency floor keeps one unique value from dominating.
     */
    public record Weights(int randomPairs, long seed, double smoothing, double termFrequencyMinimum,
                          double maxAbsoluteWeight) implements Serializable {
    }

    /**
     * EM runs once per training rule, on the pairs that rule blocks together, and does not
     * estimate the fields the rule's keys come from (they agree by construction there).
     */
    public record Em(List<String> trainingRules, int maxIterations, double tolerance, double initialMatchProportion,
                     double initialMAgree, double uPriorWeight, int uPriorMinPairs) implements Serializable {
        public Em {
            trainingRules = List.copyOf(trainingRules);
        }
    }

    /**
     * Link and review thresholds are match probabilities; the bridge check applies to clusters
     * with more than two members.
     */
    public record Cluster(double autoLinkProbability, double reviewProbability, List<String> autoLinkRequiresAny,
                          double bridgeMinSupport, int maxClusterSize, int reviewReasons) implements Serializable {
        public Cluster {
            autoLinkRequiresAny = List.copyOf(autoLinkRequiresAny);
        }
    }

    /**
     * When an edited registration is a possible overlay: the sum of its field weights against its own
     * previous version (log2 likelihood ratio, no prior) is below {@code minFieldEvidence}.
     */
    public record Overlay(double minFieldEvidence) implements Serializable {
    }

    /** How the golden record picks each field's value among an enterprise id's registrations. */
    public enum GoldenRule { MOST_RECENT, MOST_FREQUENT, FACILITY_TRUST }

    /**
     * Facility ids in trust order (most trusted first; used by the facility_trust rule), and one
     * rule per golden-record field, keyed by its config name (first_name, ..., address, ...).
     */
    public record Golden(List<String> facilityTrust, Map<String, GoldenRule> rules) implements Serializable {
        public Golden {
            facilityTrust = List.copyOf(facilityTrust);
            rules = Map.copyOf(rules);
        }
    }
}
