package org.steward.mpi.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.steward.mpi.core.blocking.BlockIndex;
import org.steward.mpi.core.blocking.CandidatePairGenerator;
import org.steward.mpi.core.blocking.CandidatePairs;
import org.steward.mpi.core.blocking.CandidateSummary;
import org.steward.mpi.core.cluster.EnterpriseClustering;
import org.steward.mpi.core.cluster.ReviewItem;
import org.steward.mpi.core.cluster.ReviewReasons;
import org.steward.mpi.core.cluster.ScoredPair;
import org.steward.mpi.core.cluster.StewardDecision;
import org.steward.mpi.core.compare.ComparisonSchema;
import org.steward.mpi.core.settings.MatchSettings;
import org.steward.mpi.core.standardise.PatientStandardiser;
import org.steward.mpi.core.standardise.ReferenceTables;
import org.steward.mpi.core.weights.MatchWeights;
import org.steward.mpi.core.weights.WeightEstimator;

/**
 * The whole match in one JVM: standardise, block, compare, estimate weights (or reuse a model),
 * score, cluster, queue for review. {@link IncrementalMatch} runs the same steps on only the
 * pairs a change can affect.
 */
public final class MatchPipeline {

    private final MatchSettings settings;
    private final ReferenceTables tables;

    public MatchPipeline(MatchSettings settings, ReferenceTables tables) {
        this.settings = settings;
        this.tables = tables;
    }

    public MatchSettings settings() {
        return settings;
    }

    /** A full run that estimates its weights from the data. @param asOf birth dates after it are entry errors */
    public MatchResult run(List<PatientRecord> input, LocalDate asOf) {
        return run(input, asOf, null, List.of());
    }

    /**
     * A full run. @param model weights to reuse, or null to estimate them
     * @param decisions stewards' rulings, by index into {@code input}
     */
    public MatchResult run(List<PatientRecord> input, LocalDate asOf, MatchWeights model,
                           List<StewardDecision> decisions) {
        Stopwatch clock = new Stopwatch();
        List<StandardPatient> records = standardise(input, asOf);
        clock.lap("standardise");
        BlockIndex blocks = blocks(records);
        CandidatePairs candidates = new CandidatePairGenerator(settings.blocking()).generate(blocks);
        clock.lap("block");
        ComparisonSchema schema = ComparisonSchema.from(settings.comparisons());
        long[] pairs = candidates.pairs();
        byte[] levels = compare(schema, records, pairs);
        clock.lap("compare");
        WeightEstimator.Estimate estimate = null;
        MatchWeights weights = model;
        if (weights == null) {
            estimate = WeightEstimator.estimate(records, blocks, schema, pairs, levels, settings);
            weights = estimate.weights();
            clock.lap("weights");
        }
        return finish(input, records, candidates.summary(), weights, estimate, pairs, levels, decisions, clock);
    }

    /** Each record on its own (the standardiser holds no state), so over the cores; the list keeps the input's order. */
    public List<StandardPatient> standardise(List<PatientRecord> input, LocalDate asOf) {
        PatientStandardiser standardiser = new PatientStandardiser(tables, settings.standardise(), asOf);
        StandardPatient[] records = new StandardPatient[input.size()];
        IntStream.range(0, records.length).parallel().forEach(i -> records[i] = standardiser.standardise(i, input.get(i)));
        return new ArrayList<>(Arrays.asList(records));
    }

    BlockIndex blocks(List<StandardPatient> records) {
        return BlockIndex.of(settings.blocking(), records);
    }

    /**
     * Every pair's comparison levels. Pairs are independent and the comparators hold no state, so the
     * pairs are shared out over the cores (each writes only its own slice of the levels).
     */
    static byte[] compare(ComparisonSchema schema, List<StandardPatient> records, long[] pairs) {
        int fields = schema.size();
        byte[] levels = new byte[pairs.length * fields];
        IntStream.range(0, pairs.length).parallel().forEach(k -> schema.compare(
                records.get(CandidatePairs.left(pairs[k])), records.get(CandidatePairs.right(pairs[k])),
                levels, k * fields));
        return levels;
    }

    /** Scores the compared pairs, clusters the auto-links and queues the rest for review. */
    public MatchResult finish(List<PatientRecord> input, List<StandardPatient> records, CandidateSummary candidates,
                       MatchWeights weights, WeightEstimator.Estimate estimate, long[] pairs, byte[] levels,
                       List<StewardDecision> decisions, Stopwatch clock) {
        int fields = weights.schema().size();
        MatchSettings.Cluster c = settings.cluster();
        double reviewScore = MatchWeights.logOdds(c.reviewProbability());
        double autoScore = MatchWeights.logOdds(c.autoLinkProbability());
        int[] corroborating = corroboratingFields(weights);
        // A pair's score depends on the pair alone, so the scores are worked out over the cores.
        double[] scores = new double[pairs.length];
        IntStream.range(0, pairs.length).parallel().forEach(k -> scores[k] = weights.score(
                records.get(CandidatePairs.left(pairs[k])), records.get(CandidatePairs.right(pairs[k])), levels, k * fields));
        List<ScoredPair> scored = new ArrayList<>();
        byte[] scoredLevels = new byte[0];
        int kept = 0;
        for (int k = 0; k < pairs.length; k++) {
            int a = CandidatePairs.left(pairs[k]);
            int b = CandidatePairs.right(pairs[k]);
            double s = scores[k];
            if (s >= reviewScore) {
                scored.add(new ScoredPair(a, b, s, MatchWeights.probability(s),
                        s >= autoScore && corroborated(weights, corroborating, levels, k * fields)));
                if ((kept + 1) * fields > scoredLevels.length) {
                    scoredLevels = Arrays.copyOf(scoredLevels, Math.max(64 * fields, scoredLevels.length * 2));
                }
                System.arraycopy(levels, k * fields, scoredLevels, kept * fields, fields);
                kept++;
            }
        }
        scoredLevels = Arrays.copyOf(scoredLevels, kept * fields);
        clock.lap("score");

        List<ScoredPair> autoLinks = scored.stream().filter(ScoredPair::autoLink).toList();
        EnterpriseClustering.Result clustering = new EnterpriseClustering(c).cluster(records.size(), autoLinks,
                (i, j) -> weights.score(records.get(i), records.get(j)), decisions);
        List<ReviewItem> review = reviewQueue(records, weights, scored, scoredLevels, clustering, decisions);
        clock.lap("cluster");
        return new MatchResult(input, records, candidates, weights, estimate, scored, scoredLevels, clustering, review,
                clock.millis());
    }

    private List<ReviewItem> reviewQueue(List<StandardPatient> records, MatchWeights weights, List<ScoredPair> scored,
                                         byte[] levels, EnterpriseClustering.Result clustering,
                                         List<StewardDecision> decisions) {
        Set<Long> decided = new HashSet<>();
        for (StewardDecision d : decisions) {
            decided.add(CandidatePairs.pack(d.left(), d.right()));
        }
        int perSide = settings.cluster().reviewReasons();
        int fields = weights.schema().size();
        int[] clusterOf = clustering.clusterOf();
        List<ReviewItem> queue = new ArrayList<>();
        for (int k = 0; k < scored.size(); k++) {
            ScoredPair p = scored.get(k);
            // A pair already joined through other links, or ruled on by a steward, needs no decision.
            if (p.autoLink() || clusterOf[p.left()] == clusterOf[p.right()]
                    || decided.contains(CandidatePairs.pack(p.left(), p.right()))) {
                continue;
            }
            ReviewItem.Cause cause = p.probability() >= settings.cluster().autoLinkProbability()
                    ? ReviewItem.Cause.UNCORROBORATED : ReviewItem.Cause.BETWEEN_THRESHOLDS;
            queue.add(item(records, weights, p, levels, k * fields, cause, perSide));
        }
        for (EnterpriseClustering.Cut cut : clustering.cuts()) {
            ScoredPair p = cut.link();
            if (decided.contains(CandidatePairs.pack(p.left(), p.right()))) {
                continue;
            }
            byte[] l = weights.schema().compare(records.get(p.left()), records.get(p.right()));
            queue.add(item(records, weights, p, l, 0, cut.cause(), perSide));
        }
        queue.sort(Comparator.comparingDouble(ReviewItem::probability).reversed());
        return queue;
    }

    /** Indexes of the fields of which one must agree for an automatic link. */
    private int[] corroboratingFields(MatchWeights weights) {
        List<String> names = weights.schema().comparators().stream().map(f -> f.field()).toList();
        return settings.cluster().autoLinkRequiresAny().stream().mapToInt(names::indexOf).toArray();
    }

    /**
     * True when no field is required, or one required field agrees: its level counts for a match
     * (a positive weight: exact, or a near miss such as a swapped day and month).
     */
    private static boolean corroborated(MatchWeights weights, int[] fields, byte[] levels, int offset) {
        if (fields.length == 0) {
            return true;
        }
        for (int f : fields) {
            int level = levels[offset + f];
            if (level != org.steward.mpi.core.compare.FieldComparator.MISSING && weights.weight(f, level) > 0) {
                return true;
            }
        }
        return false;
    }

    private static ReviewItem item(List<StandardPatient> records, MatchWeights weights, ScoredPair p, byte[] levels,
                                   int offset, ReviewItem.Cause cause, int perSide) {
        double[] contributions = weights.contributions(records.get(p.left()), records.get(p.right()), levels, offset);
        return new ReviewItem(p.left(), p.right(), p.probability(), cause,
                ReviewReasons.explain(weights.schema(), levels, offset, contributions, perSide));
    }

    /** Milliseconds per named stage, in order. */
    public static final class Stopwatch {
        private final Map<String, Long> millis = new LinkedHashMap<>();
        private long start = System.nanoTime();

        public void lap(String stage) {
            long now = System.nanoTime();
            millis.put(stage, (now - start) / 1_000_000);
            start = now;
        }

        public Map<String, Long> millis() {
            return millis;
        }
    }
}
