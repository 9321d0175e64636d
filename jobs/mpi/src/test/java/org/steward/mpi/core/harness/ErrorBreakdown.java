package org.steward.mpi.core.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.steward.mpi.core.blocking.CandidatePairs;
import org.steward.mpi.core.compare.ComparisonSchema;
import org.steward.mpi.core.weights.MatchWeights;

/**
 * Where the errors are, in counts: missed true pairs by cause (never a candidate, scored low,
 * in review, cut as a bridge) and by injected error kind; false pairs by comparison pattern.
 * Diagnostic output for a developer; it prints level names and counts, never a record value.
 */
final class ErrorBreakdown {

    private ErrorBreakdown() {
    }

    static Map<String, String> errorKinds(Path file) throws IOException {
        Map<String, String> kinds = new HashMap<>();
        if (!Files.exists(file)) {
            return kinds;
        }
        for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
            String[] f = line.split(",", 4);
            kinds.put(f[0] + "|" + f[1], f[3]);
        }
        return kinds;
    }

    static String describe(DataSetRun run, Map<String, String> kinds) {
        var result = run.result();
        int[] cluster = result.clustering().clusterOf();
        var blocking = MpiConfig.load().settings().blocking();
        var index = org.steward.mpi.core.blocking.BlockIndex.of(blocking, result.records());
        long[] candidates = new org.steward.mpi.core.blocking.CandidatePairGenerator(blocking).generate(index).pairs();
        Map<Long, String> review = new HashMap<>();
        result.reviewQueue().forEach(r -> review.put(CandidatePairs.pack(r.left(), r.right()), r.cause().name()));
        Map<String, Integer> notCandidateRules = new TreeMap<>();
        Map<String, Integer> missedCause = new TreeMap<>();
        Map<String, Integer> missedKinds = new TreeMap<>();
        Map<String, Integer> missedPatterns = new TreeMap<>();
        Map<String, Integer> falsePatterns = new TreeMap<>();
        MatchWeights w = result.estimate().weights();
        ComparisonSchema schema = w.schema();
        for (List<Integer> group : groups(run.truth())) {
            for (int x = 0; x < group.size(); x++) {
                for (int y = x + 1; y < group.size(); y++) {
                    int a = group.get(x);
                    int b = group.get(y);
                    if (cluster[a] == cluster[b]) {
                        continue;
                    }
                    long key = CandidatePairs.pack(a, b);
                    boolean candidate = Arrays.binarySearch(candidates, key) >= 0;
                    String cause = !candidate ? "not_candidate"
                            : review.containsKey(key) ? "in_review:" + review.get(key) : "scored_low";
                    missedCause.merge(cause, 1, Integer::sum);
                    if (!candidate) {
                        StringBuilder shared = new StringBuilder();
                        for (var rule : index.rules()) {
                            if (rule.blockOf(a) >= 0 && rule.blockOf(a) == rule.blockOf(b)) {
                                shared.append(rule.ruleName()).append("(").append(rule.blockSize(rule.blockOf(a)))
                                        .append(") ");
                            }
                        }
                        notCandidateRules.merge(shared.length() == 0 ? "no_shared_key"
                                : shared.toString().replaceAll("\\(\\d+\\)", ""), 1, Integer::sum);
                    }
                    String k = kinds.getOrDefault(run.input().get(a).key(), "") + "+"
                            + kinds.getOrDefault(run.input().get(b).key(), "");
                    missedKinds.merge(k, 1, Integer::sum);
                    missedPatterns.merge(cause.substring(0, Math.min(cause.length(), 14)) + " " + pattern(run, a, b, schema, w), 1, Integer::sum);
                }
            }
        }
        Map<Integer, List<Integer>> byCluster = new HashMap<>();
        for (int i = 0; i < cluster.length; i++) {
            byCluster.computeIfAbsent(cluster[i], c -> new ArrayList<>()).add(i);
        }
        for (List<Integer> members : byCluster.values()) {
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                    int a = members.get(x);
                    int b = members.get(y);
                    if (!run.truth()[a].equals(run.truth()[b])) {
                        falsePatterns.merge(pattern(run, a, b, schema, w), 1, Integer::sum);
                    }
                }
            }
        }
        StringBuilder s = new StringBuilder();
        s.append("   missed by cause: ").append(missedCause).append('\n');
        top(s, "not candidates: rules whose (oversized) block they share", notCandidateRules, 25);
        top(s, "missed by error kinds", missedKinds, 25);
        top(s, "missed by comparison pattern", missedPatterns, 25);
        top(s, "false links by comparison pattern", falsePatterns, 25);
        return s.toString();
    }

    /** Comparison patterns of twin registrations that ended up in one cluster (counts only). */
    static String twinPatterns(DataSetRun run, List<String[]> twins) {
        Map<String, List<Integer>> byPerson = new HashMap<>();
        for (int i = 0; i < run.truth().length; i++) {
            byPerson.computeIfAbsent(run.truth()[i], k -> new ArrayList<>()).add(i);
        }
        int[] cluster = run.result().clustering().clusterOf();
        MatchWeights w = run.result().estimate().weights();
        Map<String, Integer> patterns = new TreeMap<>();
        for (String[] t : twins) {
            for (int a : byPerson.getOrDefault(t[0], List.of())) {
                for (int b : byPerson.getOrDefault(t[1], List.of())) {
                    if (cluster[a] == cluster[b]) {
                        patterns.merge(pattern(run, a, b, w.schema(), w), 1, Integer::sum);
                    }
                }
            }
        }
        StringBuilder s = new StringBuilder();
        top(s, "twin registration pairs in one cluster", patterns, 15);
        return s.toString();
    }

    static String weightsTable(MatchWeights w) {
        StringBuilder s = new StringBuilder("   weights (level: m / u / log2):\n");
        var comparators = w.schema().comparators();
        for (int f = 0; f < comparators.size(); f++) {
            s.append("     ").append(comparators.get(f).field()).append(':');
            for (int l = 1; l < comparators.get(f).levels().size(); l++) {
                s.append(String.format(java.util.Locale.ROOT, " %s %.3f/%.5f/%+.1f|hh%+.1f;",
                        comparators.get(f).levels().get(l), w.m(f, l), w.u(f, l), w.weight(f, l),
                        w.householdWeight(f, l)));
            }
            s.append('\n');
        }
        return s.toString();
    }

    private static String pattern(DataSetRun run, int a, int b, ComparisonSchema schema, MatchWeights w) {
        var records = run.result().records();
        byte[] levels = schema.compare(records.get(a), records.get(b));
        double score = w.score(records.get(a), records.get(b), levels, 0);
        StringBuilder s = new StringBuilder(String.format("[%5.1f] ", score));
        for (int f = 0; f < levels.length; f++) {
            if (levels[f] != 1) {
                s.append(schema.comparators().get(f).field()).append('=')
                        .append(schema.comparators().get(f).levels().get(levels[f])).append(' ');
            }
        }
        return s.toString();
    }

    private static List<List<Integer>> groups(String[] labels) {
        Map<String, List<Integer>> g = new HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            g.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(i);
        }
        return new ArrayList<>(g.values());
    }

    private static void top(StringBuilder s, String title, Map<String, Integer> counts, int limit) {
        s.append("   ").append(title).append(" (").append(counts.values().stream().mapToInt(i -> i).sum())
                .append("):\n");
        counts.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(limit)
                .forEach(e -> s.append(String.format("     %5d  %s%n", e.getValue(), e.getKey())));
    }
}
