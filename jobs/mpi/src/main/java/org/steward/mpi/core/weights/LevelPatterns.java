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
        if (fields <= PACKED_FIELDS) {
            LevelPatterns packed = packed(levels, fields);
            if (packed != null) {
                return packed;
            }
        }
        Map<byte[], Long> counts = new TreeMap<>(Arrays::compare);
        for (int off = 0; off + fields <= levels.length; off += fields) {
            counts.merge(Arrays.copyOfRange(levels, off, off + fields), 1L, Long::sum);
        }
        return of(counts, fields);
    }

    /** Patterns of at most this many fields, each level under 16, fit one non-negative long (4 bits a field). */
    private static final int PACKED_FIELDS = 15;

    /**
     * Counts millions of pairs without a map entry or an array per pair: each pattern as a long, first field
     * highest, so the longs sort as the patterns do byte by byte; null when a level does not fit in 4 bits.
     */
    private static LevelPatterns packed(byte[] levels, int fields) {
        long[] codes = new long[fields == 0 ? 0 : levels.length / fields];
        for (int k = 0; k < codes.length; k++) {
            long code = 0;
            for (int f = 0; f < fields; f++) {
                int level = levels[k * fields + f];
                if (level < 0 || level > 15) {
                    return null;
                }
                code = (code << 4) | level;
            }
            codes[k] = code;
        }
        Arrays.sort(codes);
        List<byte[]> patterns = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (int start = 0; start < codes.length; ) {
            int end = start + 1;
            while (end < codes.length && codes[end] == codes[start]) {
                end++;
            }
            byte[] pattern = new byte[fields];
            for (int f = fields - 1, shift = 0; f >= 0; f--, shift += 4) {
                pattern[f] = (byte) ((codes[start] >>> shift) & 0xF);
            }
            patterns.add(pattern);
            counts.add((long) (end - start));
            start = end;
        }
        return new LevelPatterns(patterns, counts.stream().mapToLong(Long::longValue).toArray(), fields);
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
