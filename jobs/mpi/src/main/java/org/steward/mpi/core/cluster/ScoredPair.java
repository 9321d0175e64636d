package org.steward.mpi.core.cluster;

/** A compared pair of record indexes with its match score (log2-odds) and probability. */
public record ScoredPair(int left, int right, double score, double probability) {
}
