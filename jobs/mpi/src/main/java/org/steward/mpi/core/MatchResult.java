package org.steward.mpi.core;

import java.util.List;
import java.util.Map;
import org.steward.mpi.core.blocking.CandidatePairs;
import org.steward.mpi.core.blocking.CandidateSummary;
import org.steward.mpi.core.cluster.EnterpriseClustering;
import org.steward.mpi.core.cluster.ReviewItem;
import org.steward.mpi.core.cluster.ScoredPair;
import org.steward.mpi.core.weights.MatchWeights;
import org.steward.mpi.core.weights.WeightEstimator;

/**
 * Everything one matching run produced: the registrations and their standardised form (index =
 * position), the pairs compared with per-rule counts, the weights (and, when this run estimated
 * them, how), the pairs scored at or above the review threshold with their comparison levels,
 * the clusters and the ranked review queue, and milliseconds per stage.
 *
 * @param estimate null when the run reused a model instead of estimating one
 * @param scoredLevels comparison levels of {@code scoredPairs}, one row of {@code fields} bytes per pair
 */
public record MatchResult(List<PatientRecord> registrations, List<StandardPatient> records, CandidateSummary candidates,
                          MatchWeights weights, WeightEstimator.Estimate estimate, List<ScoredPair> scoredPairs,
                          byte[] scoredLevels, EnterpriseClustering.Result clustering, List<ReviewItem> reviewQueue,
                          Map<String, Long> stageMillis) {

    /** Scored pairs packed as in {@link CandidatePairs#pack}, sorted. */
    public long[] scoredPairKeys() {
        long[] keys = new long[scoredPairs.size()];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = CandidatePairs.pack(scoredPairs.get(k).left(), scoredPairs.get(k).right());
        }
        java.util.Arrays.sort(keys);
        return keys;
    }
}
