package org.steward.mpi.spark;


import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.mpi.core.MatchPipeline;
import org.steward.mpi.core.MatchResult;
import org.steward.mpi.core.PatientRecord;
import org.steward.mpi.core.StandardPatient;
import org.steward.mpi.core.blocking.BlockingRule;
import org.steward.mpi.core.blocking.CandidatePairs;
import org.steward.mpi.core.cluster.StewardDecision;
import org.steward.mpi.core.compare.ComparisonSchema;
import org.steward.mpi.core.settings.MatchSettings;
import org.steward.mpi.core.weights.LevelPatterns;
import org.steward.mpi.core.weights.MatchWeights;
import org.steward.mpi.core.weights.PairEvidence;
import org.steward.mpi.core.weights.WeightEstimator;

/**
 * A full match with the pair work on Spark: candidate pairs (blocking in Spark SQL), comparison and
 * scoring run where the pairs are, with the same plain-Java comparators and weights as the in-memory
 * {@link MatchPipeline}; only counts of comparison patterns and the pairs above the review threshold
 * come back to the driver, which estimates the weights and clusters. The driver also holds the
 * standardised registrations: the cluster check and the outputs need them.
 *
 * <p>Same settings and data give the same pairs, weights and clusters as the in-memory run (a test
 * holds the two to that).
 */
public final class SparkMatch {

    private final SparkSession spark;
    private final MatchPipeline pipeline;

    /** Spark's switch for encrypting what it writes to local disks (shuffle, spills, cached blocks). */
    static final String IO_ENCRYPTION = "spark.io.encryption.enabled";

    private static final Logger log = LoggerFactory.getLogger(SparkMatch.class);

    public SparkMatch(SparkSession spark, MatchPipeline pipeline) {
        this.spark = spark;
        this.pipeline = pipeline;
    }

    /**
     * True when Spark encrypts its local files. The blocking keys (SSN, phone, birth date, names) are shuffled
     * and, with the broadcast registrations, may spill to spark.local.dir: without encryption they land there
     * in the clear. The setting only takes effect when the Spark context starts, so it cannot be switched on
     * here; the run goes on (the data is the health system's own, on its own machines) and says so.
     */
    static boolean encryptsLocalFiles(SparkSession spark) {
        return spark.sparkContext().conf().getBoolean(IO_ENCRYPTION, false);
    }

    /** @param decisions stewards' rulings, by index into {@code input} */
    public MatchResult run(List<PatientRecord> input, LocalDate asOf, List<StewardDecision> decisions) {
        MatchPipeline.Stopwatch clock = new MatchPipeline.Stopwatch();
        if (!encryptsLocalFiles(spark)) {
            log.warn("mpi on Spark: {} is off, so blocking keys (SSN, phone, birth date, names) shuffled and spilled "
                    + "to spark.local.dir are written unencrypted; set it to \"true\" under spark.options in "
                    + "steward.yml", IO_ENCRYPTION);
        }
        MatchSettings settings = pipeline.settings();
        List<StandardPatient> records = pipeline.standardise(input, asOf);
        List<BlockingRule> rules = settings.blocking().rules().stream().map(BlockingRule::from).toList();
        if (settings.em().trainingRules().size() > 63) {
            throw new IllegalArgumentException("the Spark match supports at most 63 EM training rules");
        }
        Dataset<Row> rows = registrations(records, rules).persist(StorageLevel.MEMORY_AND_DISK());
        clock.lap("standardise");

        SparkCandidates.Result candidates = SparkCandidates.of(rows, settings.blocking());
        clock.lap("block");

        ComparisonSchema schema = ComparisonSchema.from(settings.comparisons());
        Broadcast<PairComparison.Registrations> registrations = context().broadcast(
                new PairComparison.Registrations(records.toArray(StandardPatient[]::new), trainingKeys(records, settings)));
        Dataset<Row> compared = candidates.pairs()
                .mapPartitions(new PairComparison(schema, registrations), Encoders.row(PairComparison.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        PairEvidence evidence = evidence(compared, schema, settings);
        clock.lap("compare");

        WeightEstimator.Estimate estimate = WeightEstimator.estimate(records, schema, evidence, settings);
        MatchWeights weights = estimate.weights();
        clock.lap("weights");

        double floor = MatchWeights.logOdds(settings.cluster().reviewProbability());
        List<Row> kept = compared.mapPartitions(new PairComparison.Scoring(weights, registrations, floor),
                Encoders.row(PairComparison.Scoring.SCHEMA)).collectAsList();
        compared.unpersist();
        rows.unpersist();
        registrations.destroy();
        TreeMap<Long, byte[]> byPair = new TreeMap<>();
        for (Row row : kept) {
            byPair.put(CandidatePairs.pack(row.getInt(0), row.getInt(1)), row.getAs(2));
        }
        long[] pairs = byPair.keySet().stream().mapToLong(Long::longValue).toArray();
        byte[] levels = new byte[pairs.length * schema.size()];
        int k = 0;
        for (byte[] l : byPair.values()) {
            System.arraycopy(l, 0, levels, k++ * schema.size(), schema.size());
        }
        return pipeline.finish(input, records, candidates.summary(), weights, estimate, pairs, levels, decisions, clock);
    }

    private JavaSparkContext context() {
        return JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    /** The registrations' blocking keys and window sort keys, as rows for blocking in Spark SQL. */
    private Dataset<Row> registrations(List<StandardPatient> records, List<BlockingRule> rules) {
        int slices = Math.max(context().defaultParallelism(), records.size() / 20_000);
        return spark.createDataFrame(context().parallelize(records, slices).map(p -> PatientRows.toRow(p, rules)),
                PatientRows.schema(rules.size()));
    }

    /** Per training rule, each record's key: a pair counts for a rule's EM when both keys are equal. */
    private static String[][] trainingKeys(List<StandardPatient> records, MatchSettings settings) {
        List<String> training = settings.em().trainingRules();
        String[][] keys = new String[training.size()][records.size()];
        for (int t = 0; t < training.size(); t++) {
            BlockingRule rule = PairEvidence.trainingRule(settings, training.get(t));
            for (int i = 0; i < records.size(); i++) {
                keys[t][i] = rule.keyOf(records.get(i));
            }
        }
        return keys;
    }

    /** Pattern counts over all candidates and over each training rule's pairs, counted where the pairs are. */
    private static PairEvidence evidence(Dataset<Row> compared, ComparisonSchema schema, MatchSettings settings) {
        List<String> training = settings.em().trainingRules();
        Map<byte[], Long> all = new TreeMap<>(Arrays::compare);
        List<Map<byte[], Long>> byRule = new ArrayList<>();
        for (int t = 0; t < training.size(); t++) {
            byRule.add(new TreeMap<>(Arrays::compare));
        }
        for (Row row : compared.groupBy("levels", "mask").count().collectAsList()) {
            byte[] levels = row.getAs(0);
            long mask = row.getLong(1);
            long count = row.getLong(2);
            all.merge(levels, count, Long::sum);
            for (int t = 0; t < training.size(); t++) {
                if ((mask & (1L << t)) != 0) {
                    byRule.get(t).merge(levels, count, Long::sum);
                }
            }
        }
        int fields = schema.size();
        LevelPatterns candidates = LevelPatterns.of(all, fields);
        Map<String, LevelPatterns> patterns = new LinkedHashMap<>();
        for (int t = 0; t < training.size(); t++) {
            patterns.put(training.get(t), LevelPatterns.of(byRule.get(t), fields));
        }
        return new PairEvidence(candidates, patterns, PairEvidence.sameHousehold(schema, candidates));
    }
}
