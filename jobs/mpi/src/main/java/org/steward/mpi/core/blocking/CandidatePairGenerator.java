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
        long[] union = new long[0];
        List<RuleYield> yields = new ArrayList<>();
        for (RuleBlocks rule : index.rules()) {
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
            long[] pairs = collector.distinct();
            long fresh = PairSet.countNew(pairs, union);
            union = PairSet.union(union, pairs);
            yields.add(new RuleYield(rule.ruleName(), pairs.length, fresh, blocks, oversizedBlocks, oversizedRecords));
        }
        return new CandidatePairs(union, yields);
    }
}
