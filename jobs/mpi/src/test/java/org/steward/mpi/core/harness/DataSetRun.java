package org.steward.mpi.core.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.steward.mpi.core.MatchPipeline;
import org.steward.mpi.core.MatchResult;
import org.steward.mpi.core.PatientRecord;
import org.steward.mpi.core.evaluate.ClusterEvaluation;
import org.steward.mpi.core.evaluate.LinkageMetrics;
import org.steward.mpi.core.io.PatientCsvReader;
import org.steward.mpi.core.io.TruthCsvReader;

/**
 * Runs the pipeline on one folder holding patients.csv and truth.csv (the generator's folder has
 * truth/truth.csv) and scores it. Prints counts and metrics only, never a value from a record.
 */
public record DataSetRun(String name, List<PatientRecord> input, String[] truth, MatchResult result,
                         LinkageMetrics metrics, long millis) {

    /** A fixed run date, so a test never depends on the clock. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    public static DataSetRun run(String name, Path dir, MpiConfig config) throws IOException {
        List<PatientRecord> input = PatientCsvReader.read(dir.resolve("patients.csv"));
        Path truthFile = Files.exists(dir.resolve("truth.csv")) ? dir.resolve("truth.csv")
                : dir.resolve("truth/truth.csv");
        Map<String, String> truthByKey = TruthCsvReader.read(truthFile);
        String[] truth = new String[input.size()];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = truthByKey.get(input.get(i).key());
            if (truth[i] == null) {
                throw new IllegalStateException(name + ": a registration is missing from the truth file (row " + i + ")");
            }
        }
        long start = System.nanoTime();
        MatchResult result = new MatchPipeline(config.settings(), config.tables()).run(input, AS_OF);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Integer[] predicted = new Integer[input.size()];
        for (int i = 0; i < predicted.length; i++) {
            predicted[i] = result.clustering().clusterOf()[i];
        }
        return new DataSetRun(name, input, truth, result, ClusterEvaluation.evaluate(predicted, truth), millis);
    }

    /** Twin pairs (person ids a,b) whose registrations ended up in one cluster. */
    public long twinsLinked(List<String[]> twinPairs) {
        java.util.Map<String, java.util.Set<Integer>> clustersOfPerson = new java.util.HashMap<>();
        for (int i = 0; i < truth.length; i++) {
            clustersOfPerson.computeIfAbsent(truth[i], k -> new java.util.HashSet<>())
                    .add(result.clustering().clusterOf()[i]);
        }
        long linked = 0;
        for (String[] twins : twinPairs) {
            var a = clustersOfPerson.getOrDefault(twins[0], java.util.Set.of());
            var b = clustersOfPerson.getOrDefault(twins[1], java.util.Set.of());
            if (a.stream().anyMatch(b::contains)) {
                linked++;
            }
        }
        return linked;
    }

    public String report() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("== %s: %d records, %d candidate pairs, %d ms%n", name, input.size(),
                result.candidates().size(), millis));
        result.candidates().yields().forEach(y -> s.append(String.format(
                "   rule %-24s pairs=%-8d new=%-8d blocks=%-7d oversized_blocks=%d (%d records)%n", y.rule(),
                y.pairs(), y.newPairs(), y.blocks(), y.oversizedBlocks(), y.oversizedRecords())));
        for (var fit : result.estimate().fits()) {
            s.append(String.format("   em %-24s pairs=%-7d iterations=%d converged=%s match_share=%.4f%n", fit.rule(),
                    fit.pairs(), fit.result().iterations(), fit.result().converged(), fit.result().matchProportion()));
        }
        var hh = result.estimate().householdFit();
        if (hh != null) {
            s.append(String.format("   em %-24s pairs=%-7d iterations=%d converged=%s match_share=%.4f (u only)%n",
                    hh.rule(), hh.pairs(), hh.result().iterations(), hh.result().converged(),
                    hh.result().matchProportion()));
        }
        s.append(String.format("   expected_matches=%.0f prior_log2_odds=%.2f%n", result.estimate().expectedMatches(),
                result.estimate().weights().priorLogOdds()));
        s.append("   ").append(metrics.summary()).append('\n');
        s.append(String.format("   review_queue=%d cuts=%d stages_ms=%s%n", result.reviewQueue().size(),
                result.clustering().cuts().size(), result.stageMillis()));
        return s.toString();
    }
}
