package org.steward.mpi.core.cluster;

/**
 * A compared pair of record indexes with its match score (log2-odds) and probability, and whether it
 * may be linked automatically (its score reaches the auto-link threshold and an identifier corroborates it).
 */
public record ScoredPair(int left, int right, double score, double probability, boolean autoLink) {
}
