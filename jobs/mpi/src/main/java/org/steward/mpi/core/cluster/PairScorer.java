package org.steward.mpi.core.cluster;

/** Scores any two records (log2-odds); the cluster check uses it for pairs blocking never proposed. */
@FunctionalInterface
public interface PairScorer {
    double score(int left, int right);
}
