package org.steward.app.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.mpi.core.evaluate.LinkageMetrics;
import org.steward.mpi.core.io.TruthCsvReader;

/**
 * Scores a linker that outputs pairs (as Duke does) on its own pairs: pairwise precision, recall and F1
 * against the pairs the truth file implies. Its pairs are not closed into clusters: a few wrong links
 * would chain whole families and neighbourhoods into one cluster and say nothing about the pairs it
 * got right. B-cubed needs clusters, so it is not given (NaN).
 */
public final class LinkedPairsEvaluation {

    private LinkedPairsEvaluation() {
    }

    /** @param pairs linked registration keys (facility|MRN), each {a, b} */
    public static LinkageMetrics evaluate(List<String[]> pairs, Path truthFile) throws IOException {
        Map<String, String> personOf = TruthCsvReader.read(truthFile);
        Map<String, Long> registrationsOf = new HashMap<>();
        personOf.values().forEach(p -> registrationsOf.merge(p, 1L, Long::sum));
        long truePairs = registrationsOf.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
        Set<String> predicted = new HashSet<>();
        long correct = 0;
        for (String[] pair : pairs) {
            if (pair[0].equals(pair[1])) {
                continue;
            }
            String key = pair[0].compareTo(pair[1]) < 0 ? pair[0] + "\t" + pair[1] : pair[1] + "\t" + pair[0];
            if (predicted.add(key)) {
                String a = personOf.get(pair[0]);
                if (a != null && a.equals(personOf.get(pair[1]))) {
                    correct++;
                }
            }
        }
        double precision = predicted.isEmpty() ? 1.0 : (double) correct / predicted.size();
        double recall = truePairs == 0 ? 1.0 : (double) correct / truePairs;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new LinkageMetrics(personOf.size(), predicted.size(), truePairs, correct, precision, recall, f1,
                Double.NaN, Double.NaN);
    }
}
