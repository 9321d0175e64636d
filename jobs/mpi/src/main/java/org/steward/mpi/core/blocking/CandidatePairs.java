package org.steward.mpi.core.blocking;

import java.util.List;

/**
 * The union of every rule's pairs, each a long {@code (i << 32) | j} with record indexes i < j,
 * sorted and distinct.
 */
public record CandidatePairs(long[] pairs, List<RuleYield> yields) {

    public CandidatePairs {
        yields = List.copyOf(yields);
    }

    public static long pack(int i, int j) {
        return i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
    }

    public static int left(long pair) {
        return (int) (pair >>> 32);
    }

    public static int right(long pair) {
        return (int) pair;
    }

    public int size() {
        return pairs.length;
    }

    public CandidateSummary summary() {
        return new CandidateSummary(pairs.length, yields);
    }
}
