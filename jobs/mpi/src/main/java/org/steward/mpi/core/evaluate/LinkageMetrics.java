package org.steward.mpi.core.evaluate;

/**
 * Pairwise precision/recall/F1 over the record pairs implied by the clusters, and B-cubed
 * precision/recall (per record: the share of its predicted cluster that is truly it, and the
 * share of its true cluster that was found, averaged over records).
 */
public record LinkageMetrics(long records, long predictedPairs, long truePairs, long correctPairs,
                             double precision, double recall, double f1,
                             double bcubedPrecision, double bcubedRecall) {

    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "records=%d predicted_pairs=%d true_pairs=%d correct_pairs=%d P=%.4f R=%.4f F1=%.4f "
                        + "B3_P=%.4f B3_R=%.4f", records, predictedPairs, truePairs, correctPairs, precision, recall,
                f1, bcubedPrecision, bcubedRecall);
    }
}
