package org.steward.mpi.core;

import java.util.List;
import java.util.Map;
import org.steward.mpi.core.blocking.CandidatePairs;
import org.steward.mpi.core.cluster.EnterpriseClustering;
import org.steward.mpi.core.cluster.ReviewItem;
import org.steward.mpi.core.cluster.ScoredPair;
import org.steward.mpi.core.weights.WeightEstimator;

/**
 * Everything one matching run produced: the standardised records (index = position), the
 * candidate pairs with per-rule counts, the estimated weights, the pairs scored at or above the
 * review threshold, the clusters and the ranked review queue, and milliseconds per stage.
 */
public record MatchResult(List<StandardPatient> records, CandidatePairs candidates, WeightEstimator.Estimate estimate,
                          List<ScoredPair> scoredPairs, EnterpriseClustering.Result clustering,
                          List<ReviewItem> reviewQueue, Map<String, Long> stageMillis) {
}
