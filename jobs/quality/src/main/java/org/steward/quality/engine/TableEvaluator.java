package org.steward.quality.engine;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.steward.core.contract.InputContract;
import org.steward.core.contract.TableContract;
import org.steward.platform.batch.RunScope;
import org.steward.platform.output.OutputLayout;

/**
 * Evaluates every check of one table in one pass: the staged table is enriched once with what its
 * checks need (key lookups, reference existence, duplicate counts), one projection turns each row into
 * applies/fails flags for every check, and one aggregation per facility and period counts them. The
 * flags are kept (memory, spilling to disk) for the capped sample of failing rows.
 */
final class TableEvaluator {

    private final SparkSession spark;
    private final OutputLayout output;
    private final RunScope scope;

    TableEvaluator(SparkSession spark, OutputLayout output, RunScope scope) {
        this.spark = spark;
        this.output = output;
        this.scope = scope;
    }

    /** Counts and a failure sample for the table's checks; empty when the table has not been staged. */
    TableOutcome evaluate(TableContract table, List<CompiledCheck> checks, int sampleCap) {
        if (checks.isEmpty() || !Files.isDirectory(output.staged(table.table()))) {
            return TableOutcome.EMPTY;
        }
        Set<Enrichment> needs = new LinkedHashSet<>();
        checks.forEach(c -> needs.addAll(c.needs()));
        Dataset<Row> rows = staged(table);
        // Duplicates are counted over the whole table, before a single-period run narrows it.
        for (Enrichment need : needs) {
            if (need instanceof Enrichment.Duplicates duplicates) {
                rows = rows.withColumn(duplicates.column(), count(lit(1)).over(Window.partitionBy(
                        duplicates.columns().stream().map(c -> col(c)).toArray(Column[]::new))));
            }
        }
        rows = inScope(table, rows);
        // One join per looked-up table, carrying the union of the columns its checks use.
        Map<String, Set<String>> lookups = new TreeMap<>();
        for (Enrichment need : needs) {
            if (need instanceof Enrichment.Lookup lookup) {
                lookups.computeIfAbsent(lookup.table(), t -> new TreeSet<>()).addAll(lookup.columns());
            } else if (need instanceof Enrichment.KeyExists exists) {
                rows = withKeyExists(rows, exists);
            }
        }
        for (Map.Entry<String, Set<String>> lookup : lookups.entrySet()) {
            rows = withLookup(rows, InputContract.table(lookup.getKey()), lookup.getValue());
        }
        Dataset<Row> flags = flags(table, rows, checks).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            return new TableOutcome(counts(flags, checks), failures(flags, checks, sampleCap));
        } finally {
            flags.unpersist();
        }
    }

    private Dataset<Row> staged(TableContract table) {
        Dataset<Row> rows = spark.read().parquet(output.staged(table.table()).toString());
        if (!table.partitionedByPeriod()) {
            // A snapshot table belongs to the run's scope.
            rows = rows.withColumn("period", lit(scope.toString()));
        }
        return rows;
    }

    private Dataset<Row> inScope(TableContract table, Dataset<Row> rows) {
        if (table.partitionedByPeriod() && scope.period().isPresent()) {
            return rows.where(col("period").equalTo(scope.toString()));
        }
        return rows;
    }

    /** The other table's row with the same key, its needed columns prefixed with its name; one row per key. */
    private Dataset<Row> withLookup(Dataset<Row> rows, TableContract other, Set<String> needed) {
        List<String> columns = new ArrayList<>(other.keyColumns());
        needed.stream().filter(c -> !columns.contains(c)).forEach(columns::add);
        Dataset<Row> lookup = spark.read().parquet(output.staged(other.table()).toString())
                .select(columns.stream().map(c -> col(c)).toArray(Column[]::new))
                .dropDuplicates(other.keyColumns().toArray(String[]::new));
        for (String column : lookup.columns()) {
            lookup = lookup.withColumnRenamed(column, RelationChecks.lookedUp(other.table(), column));
        }
        Column on = null;
        for (String key : other.keyColumns()) {
            Column equal = rows.col(key).equalTo(lookup.col(RelationChecks.lookedUp(other.table(), key)));
            on = on == null ? equal : on.and(equal);
        }
        return rows.join(lookup, on, "left");
    }

    private Dataset<Row> withKeyExists(Dataset<Row> rows, Enrichment.KeyExists exists) {
        List<String> keys = exists.keys();
        Dataset<Row> present = spark.read().parquet(output.staged(exists.table()).toString())
                .select(keys.stream().map(k -> col(k)).toArray(Column[]::new)).distinct();
        List<String> renamed = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String name = exists.column() + "_key" + i;
            present = present.withColumnRenamed(keys.get(i), name);
            renamed.add(name);
        }
        present = present.withColumn(exists.column() + "_found", lit(true));
        Column on = null;
        for (int i = 0; i < keys.size(); i++) {
            Column equal = rows.col(exists.columns().get(i)).equalTo(present.col(renamed.get(i)));
            on = on == null ? equal : on.and(equal);
        }
        return rows.join(present, on, "left")
                .withColumn(exists.column(), coalesce(col(exists.column() + "_found"), lit(false)))
                .drop(renamed.toArray(String[]::new)).drop(exists.column() + "_found");
    }

    private static Dataset<Row> flags(TableContract table, Dataset<Row> rows, List<CompiledCheck> checks) {
        List<String> select = new ArrayList<>();
        select.add("facility_id");
        select.add("period");
        select.add(table.keyColumns().stream().map(k -> "coalesce(cast(`" + k + "` AS STRING), '')")
                .collect(Collectors.joining(", '|', ", "concat(", ")")) + " AS row_key");
        select.add("source_line");
        for (int i = 0; i < checks.size(); i++) {
            CompiledCheck check = checks.get(i);
            select.add("coalesce(" + check.applies() + ", false) AS a" + i);
            select.add("coalesce((" + check.applies() + ") AND (" + check.fails() + "), false) AS f" + i);
            select.add("coalesce(" + check.notCheckable() + ", false) AS n" + i);
        }
        return rows.selectExpr(select.toArray(String[]::new));
    }

    private static List<CheckCounts> counts(Dataset<Row> flags, List<CompiledCheck> checks) {
        List<String> sums = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            sums.add("count_if(a" + i + ")");
            sums.add("count_if(f" + i + ")");
            sums.add("count_if(n" + i + ")");
        }
        Dataset<Row> totals = flags.groupBy("facility_id", "period")
                .agg(org.apache.spark.sql.functions.expr(sums.get(0)),
                        sums.subList(1, sums.size()).stream().map(org.apache.spark.sql.functions::expr).toArray(Column[]::new));
        List<CheckCounts> counts = new ArrayList<>();
        for (Row row : totals.collectAsList()) {
            for (int i = 0; i < checks.size(); i++) {
                counts.add(new CheckCounts(checks.get(i).check().id(), row.getString(0), row.getString(1),
                        row.getLong(2 + 3 * i), row.getLong(3 + 3 * i), row.getLong(4 + 3 * i)));
            }
        }
        return counts;
    }

    private static List<FailingRow> failures(Dataset<Row> flags, List<CompiledCheck> checks, int sampleCap) {
        String failed = "filter(array(" + java.util.stream.IntStream.range(0, checks.size())
                .mapToObj(i -> "CASE WHEN f" + i + " THEN '" + checks.get(i).check().id() + "' END")
                .collect(Collectors.joining(", ")) + "), x -> x IS NOT NULL)";
        Dataset<Row> failing = flags.selectExpr("facility_id", "period", "row_key", "source_line",
                        "explode(" + failed + ") AS check_id")
                .withColumn("rank", row_number().over(Window.partitionBy("check_id", "facility_id", "period")
                        .orderBy("source_line")))
                .where(col("rank").leq(sampleCap));
        List<FailingRow> sample = new ArrayList<>();
        for (Row row : failing.select("check_id", "facility_id", "period", "row_key", "source_line").collectAsList()) {
            sample.add(new FailingRow(row.getString(0), row.getString(1), row.getString(2), row.getString(3),
                    row.isNullAt(4) ? 0 : row.getLong(4)));
        }
        return sample;
    }

    /** Counts per check, facility and period, and the failure sample. */
    record TableOutcome(List<CheckCounts> counts, List<FailingRow> failures) {
        static final TableOutcome EMPTY = new TableOutcome(List.of(), List.of());
    }
}
