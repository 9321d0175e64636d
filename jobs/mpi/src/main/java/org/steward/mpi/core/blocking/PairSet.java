package org.steward.mpi.core.blocking;

import java.util.Arrays;

/** A growable array of packed pairs, sorted and made distinct on demand. */
public final class PairSet {

    private long[] pairs = new long[1024];
    private int size;

    public void add(int i, int j) {
        if (size == pairs.length) {
            pairs = Arrays.copyOf(pairs, pairs.length * 2);
        }
        pairs[size++] = CandidatePairs.pack(i, j);
    }

    /** Sorted, distinct pairs. */
    public long[] distinct() {
        return sortedDistinct(pairs, size);
    }

    static long[] sortedDistinct(long[] values, int length) {
        long[] copy = Arrays.copyOf(values, length);
        Arrays.sort(copy);
        int out = 0;
        for (int i = 0; i < copy.length; i++) {
            if (out == 0 || copy[i] != copy[out - 1]) {
                copy[out++] = copy[i];
            }
        }
        return Arrays.copyOf(copy, out);
    }

    /** Pairs in {@code candidates} that are not in {@code known}; both sorted and distinct. */
    static long countNew(long[] candidates, long[] known) {
        long fresh = 0;
        int k = 0;
        for (long c : candidates) {
            while (k < known.length && known[k] < c) {
                k++;
            }
            if (k >= known.length || known[k] != c) {
                fresh++;
            }
        }
        return fresh;
    }

    /** Union of two sorted distinct arrays. */
    public static long[] union(long[] a, long[] b) {
        long[] out = new long[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            long next;
            if (j >= b.length || (i < a.length && a[i] < b[j])) {
                next = a[i++];
            } else if (i >= a.length || b[j] < a[i]) {
                next = b[j++];
            } else {
                next = a[i++];
                j++;
            }
            out[n++] = next;
        }
        return Arrays.copyOf(out, n);
    }
}
