package org.steward.mpi.core.evaluate;

import java.util.HashMap;
import java.util.Map;

/**
 * Scores predicted clusters against true ones without enumerating pairs: every count comes from
 * group sizes. Predicted pairs = sum C(|P|,2); true pairs = sum C(|T|,2); correct pairs = sum
 * C(|P and T|,2) over the non-empty intersections.
 */
public final class ClusterEvaluation {

    private ClusterEvaluation() {
    }

    /** @param predicted cluster label per record; @param truth true person label per record, same order */
    public static <P, T> LinkageMetrics evaluate(P[] predicted, T[] truth) {
        if (predicted.length != truth.length) {
            throw new IllegalArgumentException("predicted and truth differ in length");
        }
        Map<P, Long> predictedSizes = new HashMap<>();
        Map<T, Long> trueSizes = new HashMap<>();
        Map<Map.Entry<P, T>, Long> cells = new HashMap<>();
        for (int i = 0; i < predicted.length; i++) {
            predictedSizes.merge(predicted[i], 1L, Long::sum);
            trueSizes.merge(truth[i], 1L, Long::sum);
            cells.merge(Map.entry(predicted[i], truth[i]), 1L, Long::sum);
        }
        long predictedPairs = predictedSizes.values().stream().mapToLong(ClusterEvaluation::pairs).sum();
        long truePairs = trueSizes.values().stream().mapToLong(ClusterEvaluation::pairs).sum();
        long correct = 0;
        double bPrecision = 0;
        double bRecall = 0;
        for (Map.Entry<Map.Entry<P, T>, Long> cell : cells.entrySet()) {
            long n = cell.getValue();
            correct += pairs(n);
            // Each of the n records in this cell contributes n/|P| and n/|T|.
            bPrecision += (double) n * n / predictedSizes.get(cell.getKey().getKey());
            bRecall += (double) n * n / trueSizes.get(cell.getKey().getValue());
        }
        long records = predicted.length;
        double precision = predictedPairs == 0 ? 1.0 : (double) correct / predictedPairs;
        double recall = truePairs == 0 ? 1.0 : (double) correct / truePairs;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new LinkageMetrics(records, predictedPairs, truePairs, correct, precision, recall, f1,
                records == 0 ? 1 : bPrecision / records, records == 0 ? 1 : bRecall / records);
    }

    static long pairs(long n) {
        return n * (n - 1) / 2;
    }
}
