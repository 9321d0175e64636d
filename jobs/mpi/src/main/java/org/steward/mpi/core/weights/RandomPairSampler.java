package org.steward.mpi.core.weights;

import java.util.List;
import java.util.SplittableRandom;
import org.steward.mpi.core.StandardPatient;
import org.steward.mpi.core.compare.ComparisonSchema;

/**
 * Estimates u, the level probabilities among non-matches, from pairs of records drawn at random
 * (seeded, so a run is repeatable). Almost every random pair is two different people, so the
 * few true matches drawn hardly move the estimate.
 */
public final class RandomPairSampler {

    private RandomPairSampler() {
    }

    public static LevelProbabilities estimateU(List<StandardPatient> records, ComparisonSchema schema,
                                               int pairs, long seed, double smoothing) {
        double[][] counts = LevelProbabilities.emptyCounts(
                schema.comparators().stream().map(c -> c.levels().size()).toList());
        int n = records.size();
        if (n >= 2) {
            SplittableRandom random = new SplittableRandom(seed);
            byte[] levels = new byte[schema.size()];
            for (int k = 0; k < pairs; k++) {
                int i = random.nextInt(n);
                int j = random.nextInt(n - 1);
                if (j >= i) {
                    j++;
                }
                schema.compare(records.get(i), records.get(j), levels, 0);
                for (int f = 0; f < levels.length; f++) {
                    counts[f][levels[f]]++;
                }
            }
        }
        return LevelProbabilities.fromCounts(counts, smoothing);
    }
}
