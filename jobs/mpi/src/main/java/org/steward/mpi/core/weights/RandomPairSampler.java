package org.steward.mpi.core.weights;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.steward.mpi.core.StandardPatient;
import org.steward.mpi.core.compare.ComparisonSchema;

/**
 * Estimates u, the level probabilities among non-matches, from pairs of records drawn at random
 * (seeded, so a run is repeatable). Almost every random pair is two different people, so the
 * few true matches drawn hardly move the estimate.
 */
public final class RandomPairSampler {

    private static final int CHUNK = 1 << 20;

    private RandomPairSampler() {
    }

    public static LevelProbabilities estimateU(List<StandardPatient> records, ComparisonSchema schema,
                                               int pairs, long seed, double smoothing) {
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
        return LevelProbabilities.fromCounts(counts, smoothing);
    }
}
