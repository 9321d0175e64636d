package org.steward.mpi.core.weights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Distinct comparison vectors with their counts. Pairs with the same vector are the same to the
 * EM, so it iterates over a few thousand patterns instead of millions of pairs. Patterns are kept
 * in one canonical order (byte by byte), so sums over them come out the same however the pairs
 * were counted, in one JVM or on a cluster.
 */
public record LevelPatterns(List<byte[]> patterns, long[] counts, int fields) {

    /** @param levels one row of {@code fields} levels per pair, concatenated */
    public static LevelPatterns of(byte[] levels, int fields) {
        Map<byte[], Long> counts = new TreeMap<>(Arrays::compare);
        for (int off = 0; off + fields <= levels.length; off += fields) {
            counts.merge(Arrays.copyOfRange(levels, off, off + fields), 1L, Long::sum);
        }
        return of(counts, fields);
    }

    /** From counts already made, per pattern. */
    public static LevelPatterns of(Map<byte[], Long> counted, int fields) {
        Map<byte[], Long> sorted = new TreeMap<>(Arrays::compare);
        counted.forEach((p, c) -> sorted.merge(p, c, Long::sum));
        List<byte[]> patterns = new ArrayList<>(sorted.keySet());
        long[] counts = sorted.values().stream().mapToLong(Long::longValue).toArray();
        return new LevelPatterns(patterns, counts, fields);
    }

    /** The patterns (with their counts) that satisfy the test. */
    public LevelPatterns filter(Predicate<byte[]> keep) {
        List<byte[]> kept = new ArrayList<>();
        List<Long> keptCounts = new ArrayList<>();
        for (int k = 0; k < patterns.size(); k++) {
            if (keep.test(patterns.get(k))) {
                kept.add(patterns.get(k));
                keptCounts.add(counts[k]);
            }
        }
        return new LevelPatterns(kept, keptCounts.stream().mapToLong(Long::longValue).toArray(), fields);
    }

    public long total() {
        long t = 0;
        for (long c : counts) {
            t += c;
        }
        return t;
    }
}
