package org.steward.mpi.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.steward.mpi.core.blocking.CandidateSummary;
import org.steward.mpi.core.blocking.RuleYield;
import org.steward.mpi.core.settings.MatchSettings;

/**
 * Candidate pairs in Spark SQL, by the same rules as the in-memory blocking ({@code RuleBlocks}):
 * a block within the size limit pairs all its members; an oversized block is skipped, or sorted by
 * name (then record) and each member paired with its next window_size - 1 neighbours, as its rule
 * says (else the blocking section). Oversized blocks are never self-joined: each member is joined
 * only to the positions it pairs with, so work stays linear in the records however large a block grows.
 */
final class SparkCandidates {

    /** Distinct pairs (a < b) with the first rule that found each, and the per-rule counts. */
    record Result(Dataset<Row> pairs, CandidateSummary summary) {
    }

    private SparkCandidates() {
    }

    static Result of(Dataset<Row> records, MatchSettings.Blocking settings) {
        List<MatchSettings.BlockingRule> rules = settings.rules();
        // Every rule's keys in one column, so all rules block in the same few shuffles.
        Column[] perRule = new Column[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            perRule[r] = struct(lit(r).as("rule"), col("k" + r).as("key"));
        }
        Dataset<Row> keyed = records.select(col("idx"), col("name_key"), explode(array(perRule)).as("k"))
                .select(col("idx"), col("name_key"), col("k.rule").as("rule"), col("k.key").as("key"))
                .where(col("key").isNotNull());
        Dataset<Row> blocks = keyed.withColumn("n", count(lit(1)).over(Window.partitionBy("rule", "key")))
                .where(col("n").geq(2)).persist(StorageLevel.MEMORY_AND_DISK_SER());
        Dataset<Row> tagged = rulePairs(blocks, settings).persist(StorageLevel.MEMORY_AND_DISK_SER());
        Dataset<Row> firstRule = tagged.groupBy("a", "b").agg(min("rule").as("first_rule"))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        Map<Integer, long[]> blockStats = blockStats(blocks, settings.maxBlockSize());
        Map<Integer, Long> pairsPerRule = counts(tagged.groupBy("rule").count());
        Map<Integer, Long> fresh = counts(firstRule.groupBy("first_rule").count());
        tagged.unpersist();
        blocks.unpersist();
        List<RuleYield> yields = new ArrayList<>();
        long total = 0;
        for (int r = 0; r < rules.size(); r++) {
            long[] stats = blockStats.getOrDefault(r, new long[3]);
            yields.add(new RuleYield(rules.get(r).name(), pairsPerRule.getOrDefault(r, 0L), fresh.getOrDefault(r, 0L),
                    stats[0], stats[1], stats[2]));
            total += fresh.getOrDefault(r, 0L);
        }
        return new Result(firstRule.select("a", "b"), new CandidateSummary(total, yields));
    }

    /** Each rule's pairs (a < b, distinct within the rule), tagged with the rule. */
    private static Dataset<Row> rulePairs(Dataset<Row> blocks, MatchSettings.Blocking settings) {
        int max = settings.maxBlockSize();
        Dataset<Row> small = blocks.where(col("n").leq(max)).select("rule", "key", "idx");
        Dataset<Row> all = small.as("l").join(small.as("r"), col("l.rule").equalTo(col("r.rule"))
                        .and(col("l.key").equalTo(col("r.key"))).and(col("l.idx").lt(col("r.idx"))))
                .select(col("l.idx").as("a"), col("r.idx").as("b"), col("l.rule").as("rule"));
        // Rules that window their oversized blocks, each with its window size; the others skip them.
        List<Integer> windowing = new ArrayList<>();
        Column windowSize = null;
        for (int r = 0; r < settings.rules().size(); r++) {
            MatchSettings.BlockingRule rule = settings.rules().get(r);
            if (settings.oversizedBlocksOf(rule) == MatchSettings.OversizedBlocks.WINDOW) {
                windowing.add(r);
                int w = settings.windowSizeOf(rule);
                windowSize = windowSize == null ? when(col("rule").equalTo(r), w)
                        : windowSize.when(col("rule").equalTo(r), w);
            }
        }
        if (windowing.isEmpty()) {
            return all;
        }
        Dataset<Row> big = blocks.where(col("n").gt(max).and(col("rule").isin(windowing.toArray())))
                .withColumn("pos", row_number().over(Window.partitionBy("rule", "key").orderBy("name_key", "idx")));
        Dataset<Row> from = big.select(col("idx"), col("rule"), col("key"),
                explode(sequence(col("pos").plus(1), col("pos").plus(windowSize).minus(1))).as("next"));
        Dataset<Row> to = big.select(col("idx").as("to_idx"), col("rule").as("to_rule"), col("key").as("to_key"),
                col("pos").as("to_pos"));
        Dataset<Row> windowed = from.join(to, col("rule").equalTo(col("to_rule")).and(col("key").equalTo(col("to_key")))
                        .and(col("next").equalTo(col("to_pos"))))
                .select(least(col("idx"), col("to_idx")).as("a"), greatest(col("idx"), col("to_idx")).as("b"),
                        col("rule"));
        return all.unionAll(windowed);
    }

    /** Per rule: {blocks of two or more, oversized blocks, records in oversized blocks}. */
    private static Map<Integer, long[]> blockStats(Dataset<Row> blocks, int max) {
        Map<Integer, long[]> out = new HashMap<>();
        for (Row row : blocks.groupBy("rule", "key").agg(min("n").as("size"))
                .groupBy("rule").agg(count(lit(1)), sum(when(col("size").gt(max), 1).otherwise(0)),
                        sum(when(col("size").gt(max), col("size")).otherwise(0)))
                .collectAsList()) {
            out.put(row.getInt(0), new long[] {row.getLong(1), row.getLong(2), row.getLong(3)});
        }
        return out;
    }

    private static Map<Integer, Long> counts(Dataset<Row> grouped) {
        Map<Integer, Long> out = new HashMap<>();
        for (Row row : grouped.collectAsList()) {
            out.put(row.getInt(0), row.getLong(1));
        }
        return out;
    }
}
