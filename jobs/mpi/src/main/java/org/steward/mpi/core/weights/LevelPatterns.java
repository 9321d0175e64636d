package org.steward.mpi.core.weights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Distinct comparison vectors with their counts. Pairs with the same vector are the same to the
 * EM, so it iterates over a few thousand patterns instead of millions of pairs.
 */
public record LevelPatterns(List<byte[]> patterns, long[] counts, int fields) {

    /** @param levels one row of {@code fields} levels per pair, concatenated */
    public static LevelPatterns of(byte[] levels, int fields) {
        Map<String, Integer> index = new HashMap<>();
        List<byte[]> patterns = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (int off = 0; off + fields <= levels.length; off += fields) {
            byte[] row = java.util.Arrays.copyOfRange(levels, off, off + fields);
            String key = new String(row, java.nio.charset.StandardCharsets.ISO_8859_1);
            Integer at = index.get(key);
            if (at == null) {
                index.put(key, patterns.size());
                patterns.add(row);
                counts.add(1L);
            } else {
                counts.set(at, counts.get(at) + 1);
            }
        }
        return new LevelPatterns(patterns, counts.stream().mapToLong(Long::longValue).toArray(), fields);
    }

    public long total() {
        long t = 0;
        for (long c : counts) {
            t += c;
        }
        return t;
    }
}
