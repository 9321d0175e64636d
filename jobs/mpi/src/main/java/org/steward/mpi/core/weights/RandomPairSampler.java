package org.steward.mpi.core.weights;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.steward.mpi.core.StandardPatient;
import org.steward.mpi.core.compare.ComparisonSchema;

/**
 * Counts the comparison levels of pairs of records drawn at random (seeded, so a run is repeatable):
 * what u, the level probabilities among non-matches, is estimated from. Almost every random pair is
 * two different people, but not every one: in a small extract full of duplicates the few matches drawn
 * are most of the pairs that agree on a rare level (SSN, birth date, address), so the estimator takes
 * their expected share out ({@link LevelProbabilities#withoutMatches}).
 */
public final class RandomPairSampler {

    private static final int CHUNK = 1 << 20;

    private RandomPairSampler() {
    }

    /** u as the random pairs' level shares, matches drawn included. */
    public static LevelProbabilities estimateU(List<StandardPatient> records, ComparisonSchema schema,
                                               int pairs, long seed, double smoothing) {
        return LevelProbabilities.fromCounts(countLevels(records, schema, pairs, seed), smoothing);
    }

    /** Per field and level, how many of the random pairs compared at that level. */
    public static double[][] countLevels(List<StandardPatient> records, ComparisonSchema schema, int pairs,
                                         long seed) {
        double[][] counts = LevelProbabilities.emptyCounts(
                schema.comparators().stream().map(c -> c.levels().size()).toList());
        int n = records.size();
        if (n >= 2) {
            // The pairs are drawn in sequence (the seed fixes them), compared over the cores, then counted; a chunk
            // at a time, so a large sample does not hold all its levels at once.
            SplittableRandom random = new SplittableRandom(seed);
            int fields = schema.size();
            int chunk = Math.min(pairs, CHUNK);
            int[] left = new int[chunk];
            int[] right = new int[chunk];
            byte[] levels = new byte[chunk * fields];
            for (int done = 0; done < pairs; done += chunk) {
                int size = Math.min(chunk, pairs - done);
                for (int k = 0; k < size; k++) {
                    int i = random.nextInt(n);
                    int j = random.nextInt(n - 1);
                    if (j >= i) {
                        j++;
                    }
                    left[k] = i;
                    right[k] = j;
                }
                IntStream.range(0, size).parallel().forEach(k -> schema.compare(records.get(left[k]),
                        records.get(right[k]), levels, k * fields));
                for (int k = 0; k < size * fields; k++) {
                    counts[k % fields][levels[k]]++;
                }
            }
        }
        return counts;
    }
}
