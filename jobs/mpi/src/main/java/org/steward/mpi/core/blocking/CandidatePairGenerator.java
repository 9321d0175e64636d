package org.steward.mpi.core.blocking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.steward.mpi.core.StandardPatient;
import org.steward.mpi.core.settings.MatchSettings;

/**
 * Candidate pairs from the union of blocking rules. Work is proportional to the sum of squared
 * block sizes, so blocks above the maximum size are never compared all-pairs: they are skipped,
 * or (WINDOW) sorted by name and each record paired only with its next neighbours.
 */
public final class CandidatePairGenerator {

    private final List<BlockingRule> rules;
    private final MatchSettings.Blocking settings;

    public CandidatePairGenerator(MatchSettings.Blocking settings) {
        this.settings = settings;
        this.rules = settings.rules().stream().map(BlockingRule::from).toList();
    }

    public CandidatePairs generate(List<StandardPatient> records) {
        long[] union = new long[0];
        List<RuleYield> yields = new ArrayList<>();
        for (BlockingRule rule : rules) {
            RuleRun run = new RuleRun();
            block(rule, records, run);
            long[] pairs = run.collector.distinct();
            long fresh = PairCollector.countNew(pairs, union);
            union = PairCollector.union(union, pairs);
            yields.add(new RuleYield(rule.name(), pairs.length, fresh, run.blocks, run.oversizedBlocks,
                    run.oversizedRecords));
        }
        return new CandidatePairs(union, yields);
    }

    private void block(BlockingRule rule, List<StandardPatient> records, RuleRun run) {
        int n = records.size();
        String[] keys = new String[n];
        Integer[] order = new Integer[n];
        int keyed = 0;
        for (int i = 0; i < n; i++) {
            keys[i] = rule.keyOf(records.get(i));
            if (keys[i] != null) {
                order[keyed++] = i;
            }
        }
        Integer[] sorted = Arrays.copyOf(order, keyed);
        Arrays.sort(sorted, Comparator.comparing((Integer i) -> keys[i]));
        int start = 0;
        while (start < sorted.length) {
            int end = start + 1;
            while (end < sorted.length && keys[sorted[end]].equals(keys[sorted[start]])) {
                end++;
            }
            if (end - start > 1) {
                run.blocks++;
                pairBlock(Arrays.copyOfRange(sorted, start, end), records, run);
            }
            start = end;
        }
    }

    private void pairBlock(Integer[] members, List<StandardPatient> records, RuleRun run) {
        if (members.length <= settings.maxBlockSize()) {
            for (int a = 0; a < members.length; a++) {
                for (int b = a + 1; b < members.length; b++) {
                    run.collector.add(members[a], members[b]);
                }
            }
            return;
        }
        run.oversizedBlocks++;
        run.oversizedRecords += members.length;
        if (settings.oversizedBlocks() == MatchSettings.OversizedBlocks.SKIP) {
            return;
        }
        // Sorted neighbourhood inside the block: near-identical names end up within the window.
        Arrays.sort(members, Comparator.comparing((Integer i) -> nameKey(records.get(i))));
        int w = settings.windowSize();
        for (int a = 0; a < members.length; a++) {
            for (int b = a + 1; b < Math.min(members.length, a + w); b++) {
                run.collector.add(members[a], members[b]);
            }
        }
    }

    private static String nameKey(StandardPatient p) {
        return (p.lastName() == null ? "" : p.lastName()) + ' ' + (p.firstName() == null ? "" : p.firstName());
    }

    private static final class RuleRun {
        final PairCollector collector = new PairCollector();
        long blocks;
        long oversizedBlocks;
        long oversizedRecords;
    }
}
