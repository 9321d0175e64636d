package org.steward.mpi.core.weights;

import java.util.ArrayList;
import java.util.List;
import org.steward.mpi.core.settings.MatchSettings;

/**
 * Fits the two-class Fellegi-Sunter mixture to comparison vectors, with field levels
 * conditionally independent given the class, in two phases. First m and the match proportion
 * are fitted with u fixed at its random-pair estimate: that anchors the match class to agreement
 * and stays identified when nearly every pair is a match (with u free from the start, such a
 * mixture can split on any sub-pattern, e.g. swapped names). Then u is freed, with the
 * random-pair u as a Dirichlet prior worth a share of the pairs, so that blocked non-matches that
 * are not random (a father and son sharing name and household) are absorbed by the non-match
 * class instead of inflating m. Fields the pairs agree on by construction are masked.
 */
public final class ExpectationMaximisation {
    /** @param matchProportion share of the candidate pairs that are matches */
    public record Result(LevelProbabilities m, LevelProbabilities u, double matchProportion,
                         int iterations, boolean converged) {
    }

    private final MatchSettings.Em settings;
    private final double smoothing;

    public ExpectationMaximisation(MatchSettings.Em settings, double smoothing) {
        this.settings = settings;
        this.smoothing = smoothing;
    }

    /** @param masked fields not estimated (treated as missing): those the training pairs agree on by construction */
    public Result fit(LevelPatterns data, List<Integer> levelsPerField, LevelProbabilities uRandom, boolean[] masked) {
        Result anchored = iterate(data, levelsPerField, initialM(levelsPerField), uRandom, uRandom,
                settings.initialMatchProportion(), masked, false);
        if (settings.uPriorWeight() <= 0 && settings.uPriorMinPairs() <= 0) {
            return anchored;
        }
        return iterate(data, levelsPerField, anchored.m(), uRandom, uRandom, anchored.matchProportion(), masked, true);
    }

    /**
     * With m known, estimates only u and the match share: what non-matches look like in a
     * context (pairs sharing a household), starting from and pulled towards the random-pair u.
     */
    public Result fitNonMatches(LevelPatterns data, List<Integer> levelsPerField, LevelProbabilities m,
                                LevelProbabilities uRandom, boolean[] masked) {
        return iterate(data, levelsPerField, m, uRandom, uRandom, settings.initialMatchProportion(), masked, true,
                false);
    }

    private Result iterate(LevelPatterns data, List<Integer> levelsPerField, LevelProbabilities m,
                           LevelProbabilities u, LevelProbabilities uRandom, double lambda, boolean[] masked,
                           boolean freeU) {
        return iterate(data, levelsPerField, m, u, uRandom, lambda, masked, freeU, true);
    }

    private Result iterate(LevelPatterns data, List<Integer> levelsPerField, LevelProbabilities m,
                           LevelProbabilities u, LevelProbabilities uRandom, double lambda, boolean[] masked,
                           boolean freeU, boolean freeM) {
        int fields = levelsPerField.size();
        // Worth at least a fixed number of pairs: a context with almost no non-matches keeps the random-pair u.
        double priorPairs = Math.max(settings.uPriorWeight() * data.total(), settings.uPriorMinPairs());
        for (int iteration = 1; iteration <= settings.maxIterations(); iteration++) {
            double[][] mCounts = LevelProbabilities.emptyCounts(levelsPerField);
            double[][] uCounts = LevelProbabilities.emptyCounts(levelsPerField);
            double matches = 0;
            double total = 0;
            for (int k = 0; k < data.patterns().size(); k++) {
                byte[] pattern = data.patterns().get(k);
                double count = data.counts()[k];
                double posterior = posterior(pattern, m, u, lambda, masked);
                matches += count * posterior;
                total += count;
                for (int f = 0; f < fields; f++) {
                    int level = pattern[f];
                    if (level != 0 && !masked[f]) {
                        mCounts[f][level] += count * posterior;
                        uCounts[f][level] += count * (1 - posterior);
                    }
                }
            }
            LevelProbabilities nextM = freeM ? LevelProbabilities.fromCounts(mCounts, smoothing) : m;
            LevelProbabilities nextU = u;
            if (freeU) {
                // MAP update: the random-pair u acts as priorPairs pseudo-pairs of non-match evidence.
                for (int f = 0; f < fields; f++) {
                    for (int l = 1; l < levelsPerField.get(f); l++) {
                        uCounts[f][l] += priorPairs * uRandom.get(f, l);
                    }
                }
                nextU = LevelProbabilities.fromCounts(uCounts, smoothing);
            }
            double nextLambda = total == 0 ? lambda : matches / total;
            double change = Math.max(Math.max(nextM.maxDifference(m), nextU.maxDifference(u)),
                    Math.abs(nextLambda - lambda));
            m = nextM;
            u = nextU;
            lambda = nextLambda;
            if (change < settings.tolerance()) {
                return new Result(m, u, lambda, iteration, true);
            }
        }
        return new Result(m, u, lambda, settings.maxIterations(), false);
    }

    /** P(match | pattern), computed in log space so many agreeing fields do not overflow. */
    static double posterior(byte[] pattern, LevelProbabilities m, LevelProbabilities u, double lambda,
                            boolean[] masked) {
        double logRatio = Math.log(lambda) - Math.log(1 - lambda);
        for (int f = 0; f < pattern.length; f++) {
            int level = pattern[f];
            if (level != 0 && !masked[f]) {
                logRatio += Math.log(m.get(f, level)) - Math.log(u.get(f, level));
            }
        }
        return 1.0 / (1.0 + Math.exp(-logRatio));
    }

    /** m starts with most matches agreeing exactly and the rest spread evenly over the other levels. */
    private LevelProbabilities initialM(List<Integer> levelsPerField) {
        List<double[]> rows = new ArrayList<>();
        for (int levels : levelsPerField) {
            double[] row = new double[levels];
            int others = levels - 2;
            row[1] = others == 0 ? 1.0 : settings.initialMAgree();
            for (int l = 2; l < levels; l++) {
                row[l] = (1 - settings.initialMAgree()) / others;
            }
            rows.add(row);
        }
        return new LevelProbabilities(rows.toArray(new double[0][]));
    }
}
