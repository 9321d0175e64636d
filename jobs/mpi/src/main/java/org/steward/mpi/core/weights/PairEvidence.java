package org.steward.mpi.core.weights;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steward.mpi.core.blocking.BlockIndex;
import org.steward.mpi.core.blocking.BlockingRule;
import org.steward.mpi.core.blocking.CandidatePairs;
import org.steward.mpi.core.blocking.RuleBlocks;
import org.steward.mpi.core.compare.ComparisonSchema;
import org.steward.mpi.core.compare.HouseholdComparator;
import org.steward.mpi.core.settings.MatchSettings;

/**
 * What the weights are learnt from, as counts of comparison patterns: over all candidate pairs (for
 * the prior), over the pairs each training rule blocks together (for EM's m), and over the pairs that
 * share a household (for the household u). Counts are all the estimate needs, so a distributed run
 * can aggregate them where the pairs are and hand the estimator the same numbers.
 */
public record PairEvidence(LevelPatterns candidates, Map<String, LevelPatterns> byTrainingRule,
                           LevelPatterns sameHousehold) {

    /**
     * From candidate pairs and their levels held in memory.
     *
     * @param blocks the blocks the pairs came from: a training rule's pairs are those in one of its blocks
     */
    public static PairEvidence of(BlockIndex blocks, ComparisonSchema schema, long[] pairs, byte[] levels,
                                  MatchSettings settings) {
        int fields = schema.size();
        // The training rules are counted independently, so over the cores; the map keeps their order.
        List<String> training = settings.em().trainingRules();
        List<LevelPatterns> counted = training.parallelStream().map(name -> LevelPatterns.of(
                rulePairsLevels(blocks.rule(name), pairs, levels, fields), fields)).toList();
        Map<String, LevelPatterns> byRule = new LinkedHashMap<>();
        for (int t = 0; t < training.size(); t++) {
            byRule.put(training.get(t), counted.get(t));
        }
        LevelPatterns candidates = LevelPatterns.of(levels, fields);
        return new PairEvidence(candidates, byRule, sameHousehold(schema, candidates));
    }

    /** The blocking rule an EM training rule names. */
    public static BlockingRule trainingRule(MatchSettings settings, String name) {
        return settings.blocking().rules().stream().filter(r -> r.name().equals(name)).map(BlockingRule::from)
                .findFirst().orElseThrow();
    }

    /** The candidate patterns whose household level says "same household" (null without a household field). */
    public static LevelPatterns sameHousehold(ComparisonSchema schema, LevelPatterns candidates) {
        int field = MatchWeights.householdField(schema);
        if (field < 0) {
            return null;
        }
        return candidates.filter(p -> HouseholdComparator.sameHousehold(p[field]));
    }

    /** The comparison levels of the candidate pairs in one of this rule's blocks (whose keys are equal). */
    private static byte[] rulePairsLevels(RuleBlocks rule, long[] pairs, byte[] levels, int fields) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int k = 0; k < pairs.length; k++) {
            int a = rule.blockOf(CandidatePairs.left(pairs[k]));
            if (a >= 0 && a == rule.blockOf(CandidatePairs.right(pairs[k]))) {
                out.write(levels, k * fields, fields);
            }
        }
        return out.toByteArray();
    }
}
