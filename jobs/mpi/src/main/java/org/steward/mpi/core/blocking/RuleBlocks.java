package org.steward.mpi.core.blocking;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;
import org.steward.mpi.core.StandardPatient;
import org.steward.mpi.core.settings.MatchSettings;

/**
 * One blocking rule's blocks over a set of records, kept so that "is this pair a candidate?" and
 * "whom is this record compared with?" can be answered for one record without enumerating every
 * pair. The full run and an incremental run both read pairs from here, so they cannot disagree
 * on what a candidate is.
 *
 * <p>A block within the size limit pairs all its members. An oversized block is skipped, or
 * (WINDOW) sorted by name and each member paired with its next window_size - 1 neighbours, as the
 * rule's own settings say (else the blocking section's). Ties
 * in the name sort keep record order, and records are always in key order, so a block's sort
 * is the same whichever other records are indexed.
 */
public final class RuleBlocks {

    private final BlockingRule rule;
    private final int maxBlockSize;
    private final MatchSettings.OversizedBlocks oversizedBlocks;
    private final int windowSize;
    private final int[] members;
    private final int[] blockStart;
    private final int[] blockOf;
    private final int[] positionOf;

    private RuleBlocks(BlockingRule blockingRule, MatchSettings.BlockingRule rule, MatchSettings.Blocking settings,
                       int[] members, int[] blockStart, int[] blockOf, int[] positionOf) {
        this.rule = blockingRule;
        this.maxBlockSize = settings.maxBlockSize();
        this.oversizedBlocks = settings.oversizedBlocksOf(rule);
        this.windowSize = settings.windowSizeOf(rule);
        this.members = members;
        this.blockStart = blockStart;
        this.blockOf = blockOf;
        this.positionOf = positionOf;
    }

    public static RuleBlocks of(MatchSettings.BlockingRule rule, MatchSettings.Blocking settings,
                                List<StandardPatient> records) {
        BlockingRule blockingRule = BlockingRule.from(rule);
        boolean window = settings.oversizedBlocksOf(rule) == MatchSettings.OversizedBlocks.WINDOW;
        KeyGroups groups = KeyGroups.of(blockingRule, records);
        int[] members = groups.members();
        int[] starts = groups.starts();
        int[] positionOf = new int[records.size()];
        for (int block = 0; block < groups.groups(); block++) {
            if (window && starts[block + 1] - starts[block] > settings.maxBlockSize()) {
                // Sorted neighbourhood: near-identical names end up within the window.
                windowSort(members, starts[block], starts[block + 1], records);
            }
            for (int p = starts[block]; p < starts[block + 1]; p++) {
                positionOf[members[p]] = p;
            }
        }
        return new RuleBlocks(blockingRule, rule, settings, members, starts, groups.groupOfEach(), positionOf);
    }

    /** Sorts an oversized block's members by {@link #windowSortKey}; the sort is stable, so ties keep record order. */
    private static void windowSort(int[] members, int from, int to, List<StandardPatient> records) {
        String[] keys = new String[to - from];
        Integer[] order = new Integer[to - from];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = windowSortKey(records.get(members[from + k]));
            order[k] = k;
        }
        Arrays.sort(order, Comparator.comparing((Integer k) -> keys[k]));
        int[] sorted = new int[keys.length];
        for (int k = 0; k < sorted.length; k++) {
            sorted[k] = members[from + order[k]];
        }
        System.arraycopy(sorted, 0, members, from, sorted.length);
    }

    public String ruleName() {
        return rule.name();
    }

    public int blocks() {
        return blockStart.length - 1;
    }

    public int blockSize(int block) {
        return blockStart[block + 1] - blockStart[block];
    }

    /** The record's block, or -1 when it lacks one of the rule's keys. */
    public int blockOf(int record) {
        return blockOf[record];
    }

    /** The block's members (record indexes), in block order. */
    public int[] membersOf(int block) {
        return java.util.Arrays.copyOfRange(members, blockStart[block], blockStart[block + 1]);
    }

    public boolean oversized(int block) {
        return blockSize(block) > maxBlockSize;
    }

    /** True when the rule pairs these two records. */
    public boolean pairs(int a, int b) {
        int block = blockOf[a];
        if (block < 0 || block != blockOf[b] || a == b) {
            return false;
        }
        if (!oversized(block)) {
            return true;
        }
        return oversizedBlocks == MatchSettings.OversizedBlocks.WINDOW
                && Math.abs(positionOf[a] - positionOf[b]) < windowSize;
    }

    /** Every record the rule pairs with this one. */
    public void forEachPartner(int record, IntConsumer partner) {
        int block = blockOf[record];
        if (block < 0) {
            return;
        }
        int from = blockStart[block];
        int to = blockStart[block + 1];
        if (oversized(block)) {
            if (oversizedBlocks == MatchSettings.OversizedBlocks.SKIP) {
                return;
            }
            int w = windowSize;
            from = Math.max(from, positionOf[record] - w + 1);
            to = Math.min(to, positionOf[record] + w);
        }
        for (int p = from; p < to; p++) {
            if (members[p] != record) {
                partner.accept(members[p]);
            }
        }
    }

    /** Every pair of the block, packed (see {@link CandidatePairs#pack}). */
    public void forEachPair(int block, PairConsumer pair) {
        int from = blockStart[block];
        int to = blockStart[block + 1];
        boolean window = oversized(block);
        if (window && oversizedBlocks == MatchSettings.OversizedBlocks.SKIP) {
            return;
        }
        int w = window ? windowSize : Integer.MAX_VALUE;
        for (int a = from; a < to; a++) {
            int last = (int) Math.min(to, (long) a + w);
            for (int b = a + 1; b < last; b++) {
                pair.accept(members[a], members[b]);
            }
        }
    }

    /** Receives one pair of record indexes. */
    @FunctionalInterface
    public interface PairConsumer {
        void accept(int a, int b);
    }

    /** What an oversized block's window sorts by: last name, then first name (ties keep record order). */
    public static String windowSortKey(StandardPatient p) {
        return (p.lastName() == null ? "" : p.lastName()) + ' ' + (p.firstName() == null ? "" : p.firstName());
    }
}
