package org.steward.mpi.core.blocking;

import java.util.ArrayList;
import java.util.List;
import org.steward.mpi.core.StandardPatient;
import org.steward.mpi.core.settings.MatchSettings;

/**
 * Candidate pairs from the union of blocking rules. Work is proportional to the sum of squared
 * block sizes, so blocks above the maximum size are never compared all-pairs (see {@link RuleBlocks}).
 */
public final class CandidatePairGenerator {

    private final MatchSettings.Blocking settings;

    public CandidatePairGenerator(MatchSettings.Blocking settings) {
        this.settings = settings;
    }

    public CandidatePairs generate(List<StandardPatient> records) {
        return generate(BlockIndex.of(settings, records));
    }

    public CandidatePairs generate(BlockIndex index) {
        // Each rule's pairs are found independently (over the cores); "found by no earlier rule" needs
        // the rules' order, so the union is taken in order afterwards.
        List<RulePairs> perRule = index.rules().parallelStream().map(CandidatePairGenerator::pairsOf).toList();
        long[] union = new long[0];
        List<RuleYield> yields = new ArrayList<>();
        for (RulePairs rule : perRule) {
            long fresh = PairSet.countNew(rule.pairs(), union);
            union = PairSet.union(union, rule.pairs());
            yields.add(new RuleYield(rule.name(), rule.pairs().length, fresh, rule.blocks(), rule.oversizedBlocks(),
                    rule.oversizedRecords()));
        }
        return new CandidatePairs(union, yields);
    }

    private static RulePairs pairsOf(RuleBlocks rule) {
        PairSet collector = new PairSet();
        long blocks = 0;
        long oversizedBlocks = 0;
        long oversizedRecords = 0;
        for (int b = 0; b < rule.blocks(); b++) {
            int size = rule.blockSize(b);
            if (size < 2) {
                continue;
            }
            blocks++;
            if (rule.oversized(b)) {
                oversizedBlocks++;
                oversizedRecords += size;
            }
            rule.forEachPair(b, collector::add);
        }
        return new RulePairs(rule.ruleName(), collector.distinct(), blocks, oversizedBlocks, oversizedRecords);
    }

    /** One rule's distinct pairs (sorted) and its block counts. */
    private record RulePairs(String name, long[] pairs, long blocks, long oversizedBlocks, long oversizedRecords) {
    }
}
