package org.steward.mpi.core.weights;

import java.util.List;

/**
 * Probability of each comparison level per field, given match (m) or non-match (u). Level 0
 * (missing) carries no probability: missing values are left out of both, so they stay neutral.
 */
public record LevelProbabilities(double[][] p) {

    /** Normalises counts per field over the non-missing levels, with a pseudo-count on each. */
    public static LevelProbabilities fromCounts(double[][] counts, double smoothing) {
        double[][] p = new double[counts.length][];
        for (int f = 0; f < counts.length; f++) {
            p[f] = new double[counts[f].length];
            double total = 0;
            for (int l = 1; l < counts[f].length; l++) {
                total += counts[f][l] + smoothing;
            }
            for (int l = 1; l < counts[f].length; l++) {
                p[f][l] = total == 0 ? 1.0 / (counts[f].length - 1) : (counts[f][l] + smoothing) / total;
            }
        }
        return new LevelProbabilities(p);
    }

    /**
     * u among non-matches from the level counts of random pairs, of which a share {@code matchShare} are
     * matches: each level's count loses the matches expected at it (matchShare times the pairs with the
     * field present times m), never below zero, before the counts are normalised as in {@link #fromCounts}.
     */
    public static LevelProbabilities withoutMatches(double[][] randomPairCounts, LevelProbabilities m,
                                                    double matchShare, double smoothing) {
        double[][] counts = new double[randomPairCounts.length][];
        for (int f = 0; f < counts.length; f++) {
            counts[f] = new double[randomPairCounts[f].length];
            double present = 0;
            for (int l = 1; l < counts[f].length; l++) {
                present += randomPairCounts[f][l];
            }
            for (int l = 1; l < counts[f].length; l++) {
                counts[f][l] = Math.max(0, randomPairCounts[f][l] - matchShare * present * m.get(f, l));
            }
        }
        return fromCounts(counts, smoothing);
    }

    public static double[][] emptyCounts(List<Integer> levelsPerField) {
        double[][] c = new double[levelsPerField.size()][];
        for (int f = 0; f < c.length; f++) {
            c[f] = new double[levelsPerField.get(f)];
        }
        return c;
    }

    public double get(int field, int level) {
        return p[field][level];
    }

    /** Largest change in any probability against another estimate of the same shape. */
    public double maxDifference(LevelProbabilities other) {
        double max = 0;
        for (int f = 0; f < p.length; f++) {
            for (int l = 1; l < p[f].length; l++) {
                max = Math.max(max, Math.abs(p[f][l] - other.p[f][l]));
            }
        }
        return max;
    }
}
