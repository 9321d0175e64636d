package org.steward.mpi.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steward.mpi.core.blocking.CandidatePairGenerator;
import org.steward.mpi.core.blocking.CandidatePairs;
import org.steward.mpi.core.cluster.EnterpriseClustering;
import org.steward.mpi.core.cluster.ReviewItem;
import org.steward.mpi.core.cluster.ReviewReasons;
import org.steward.mpi.core.cluster.ScoredPair;
import org.steward.mpi.core.compare.ComparisonSchema;
import org.steward.mpi.core.settings.MatchSettings;
import org.steward.mpi.core.standardise.PatientStandardiser;
import org.steward.mpi.core.standardise.ReferenceTables;
import org.steward.mpi.core.weights.MatchWeights;
import org.steward.mpi.core.weights.WeightEstimator;

/**
 * The whole match in one JVM: standardise, block, compare, estimate weights, score, cluster,
 * queue for review. The Spark job runs the same steps distributed; this is the reference and
 * the harness the accuracy tests use.
 */
public final class MatchPipeline {

    private final MatchSettings settings;
    private final ReferenceTables tables;

    public MatchPipeline(MatchSettings settings, ReferenceTables tables) {
        this.settings = settings;
        this.tables = tables;
    }

    /** @param asOf the run date: birth dates after it are entry errors */
    public MatchResult run(List<PatientRecord> input, LocalDate asOf) {
        Map<String, Long> millis = new LinkedHashMap<>();
        long t = System.nanoTime();
        PatientStandardiser standardiser = new PatientStandardiser(tables, settings.standardise(), asOf);
        List<StandardPatient> records = new ArrayList<>(input.size());
        for (int i = 0; i < input.size(); i++) {
            records.add(standardiser.standardise(i, input.get(i)));
        }
        t = lap(millis, "standardise", t);

        CandidatePairs candidates = new CandidatePairGenerator(settings.blocking()).generate(records);
        t = lap(millis, "block", t);

        ComparisonSchema schema = ComparisonSchema.from(settings.comparisons());
        int fields = schema.size();
        byte[] levels = new byte[candidates.size() * fields];
        long[] pairs = candidates.pairs();
        for (int k = 0; k < pairs.length; k++) {
            schema.compare(records.get(CandidatePairs.left(pairs[k])), records.get(CandidatePairs.right(pairs[k])),
                    levels, k * fields);
        }
        t = lap(millis, "compare", t);

        WeightEstimator.Estimate estimate = WeightEstimator.estimate(records, schema, pairs, levels, settings);
        MatchWeights weights = estimate.weights();
        t = lap(millis, "weights", t);

        MatchSettings.Cluster c = settings.cluster();
        double reviewScore = MatchWeights.logOdds(c.reviewProbability());
        double autoScore = MatchWeights.logOdds(c.autoLinkProbability());
        List<ScoredPair> scored = new ArrayList<>();
        List<Integer> scoredOffsets = new ArrayList<>();
        for (int k = 0; k < pairs.length; k++) {
            int a = CandidatePairs.left(pairs[k]);
            int b = CandidatePairs.right(pairs[k]);
            double s = weights.score(records.get(a), records.get(b), levels, k * fields);
            if (s >= reviewScore) {
                scored.add(new ScoredPair(a, b, s, MatchWeights.probability(s)));
                scoredOffsets.add(k * fields);
            }
        }
        t = lap(millis, "score", t);

        List<ScoredPair> autoLinks = scored.stream().filter(p -> p.score() >= autoScore).toList();
        EnterpriseClustering.Result clustering = new EnterpriseClustering(c).cluster(records.size(), autoLinks,
                (i, j) -> weights.score(records.get(i), records.get(j)));
        List<ReviewItem> review = reviewQueue(records, weights, scored, scoredOffsets, levels, autoScore, clustering);
        lap(millis, "cluster", t);
        return new MatchResult(records, candidates, estimate, scored, clustering, review, millis);
    }

    private List<ReviewItem> reviewQueue(List<StandardPatient> records, MatchWeights weights, List<ScoredPair> scored,
                                         List<Integer> offsets, byte[] levels, double autoScore,
                                         EnterpriseClustering.Result clustering) {
        int perSide = settings.cluster().reviewReasons();
        List<ReviewItem> queue = new ArrayList<>();
        for (int k = 0; k < scored.size(); k++) {
            ScoredPair p = scored.get(k);
            // A pair already joined through other links needs no decision.
            if (p.score() >= autoScore || clustering.clusterOf()[p.left()] == clustering.clusterOf()[p.right()]) {
                continue;
            }
            queue.add(item(records, weights, p, levels, offsets.get(k), ReviewItem.Cause.BETWEEN_THRESHOLDS, perSide));
        }
        for (EnterpriseClustering.Cut cut : clustering.cuts()) {
            ScoredPair p = cut.link();
            byte[] l = weights.schema().compare(records.get(p.left()), records.get(p.right()));
            queue.add(item(records, weights, p, l, 0, cut.cause(), perSide));
        }
        queue.sort(Comparator.comparingDouble(ReviewItem::probability).reversed());
        return queue;
    }

    private static ReviewItem item(List<StandardPatient> records, MatchWeights weights, ScoredPair p, byte[] levels,
                                   int offset, ReviewItem.Cause cause, int perSide) {
        double[] contributions = weights.contributions(records.get(p.left()), records.get(p.right()), levels, offset);
        return new ReviewItem(p.left(), p.right(), p.probability(), cause,
                ReviewReasons.explain(weights.schema(), levels, offset, contributions, perSide));
    }

    private static long lap(Map<String, Long> millis, String stage, long start) {
        long now = System.nanoTime();
        millis.put(stage, (now - start) / 1_000_000);
        return now;
    }
}
