package org.steward.quality.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.core.contract.InputContract;
import org.steward.core.contract.TableContract;
import org.steward.platform.batch.RunScope;
import org.steward.platform.output.OutputLayout;
import org.steward.quality.config.RulePack;
import org.steward.quality.reference.ReferenceCatalog;

/** Evaluates a rule pack over an output folder's staged tables, table by table, with Spark. */
public final class QualityEngine {

    private static final Logger log = LoggerFactory.getLogger(QualityEngine.class);

    /** Every table's counts and failure sample. */
    public record Evaluation(List<CheckCounts> counts, List<FailingRow> failures) {
    }

    private final SparkSession spark;

    public QualityEngine(SparkSession spark, ReferenceCatalog catalog) {
        this.spark = spark;
        ReferenceFunctions.register(spark, catalog);
    }

    public Evaluation evaluate(RulePack pack, OutputLayout output, RunScope scope, LocalDate asOf, int sampleCap) {
        CheckCompiler compiler = new CheckCompiler(asOf);
        TableEvaluator evaluator = new TableEvaluator(spark, output, scope);
        List<CheckCounts> counts = new ArrayList<>();
        List<FailingRow> failures = new ArrayList<>();
        for (TableContract table : InputContract.TABLES) {
            long started = System.nanoTime();
            List<CompiledCheck> checks = pack.forTable(table.table()).stream().map(compiler::compile).toList();
            TableEvaluator.TableOutcome outcome = evaluator.evaluate(table, checks, sampleCap);
            counts.addAll(outcome.counts());
            failures.addAll(outcome.failures());
            log.info("quality {}: {} checks, {} results, {} sampled failing rows in {} ms", table.table(), checks.size(),
                    outcome.counts().size(), outcome.failures().size(), (System.nanoTime() - started) / 1_000_000);
        }
        return new Evaluation(counts, failures);
    }
}
