package org.steward.mpi.core.weights;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steward.mpi.core.StandardPatient;
import org.steward.mpi.core.blocking.BlockingRule;
import org.steward.mpi.core.blocking.CandidatePairs;
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

    /** From candidate pairs and their levels held in memory. */
    public static PairEvidence of(List<StandardPatient> records, ComparisonSchema schema, long[] pairs, byte[] levels,
                                  MatchSettings settings) {
        int fields = schema.size();
        Map<String, LevelPatterns> byRule = new LinkedHashMap<>();
        for (String name : settings.em().trainingRules()) {
            BlockingRule rule = trainingRule(settings, name);
            byRule.put(name, LevelPatterns.of(rulePairsLevels(records, rule, pairs, levels, fields), fields));
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

    /** The comparison levels of the candidate pairs this rule blocks together. */
    private static byte[] rulePairsLevels(List<StandardPatient> records, BlockingRule rule, long[] pairs,
                                          byte[] levels, int fields) {
        String[] keys = new String[records.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = rule.keyOf(records.get(i));
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int k = 0; k < pairs.length; k++) {
            String a = keys[CandidatePairs.left(pairs[k])];
            if (a != null && a.equals(keys[CandidatePairs.right(pairs[k])])) {
                out.write(levels, k * fields, fields);
            }
        }
        return out.toByteArray();
    }
}
