package org.steward.quality.engine;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.core.contract.InputContract;
import org.steward.core.contract.TableContract;
import org.steward.platform.batch.RunScope;
import org.steward.platform.engine.SqlColumn;
import org.steward.platform.engine.SqlEngine;
import org.steward.platform.output.OutputLayout;
import org.steward.quality.config.RulePack;
import org.steward.quality.reference.ReferenceCatalog;

/**
 * Evaluates a rule pack over an output folder's staged tables, table by table, on the run's engine
 * (DuckDB or Spark): the same SQL, rendered in each engine's dialect, gives the same counts.
 */
public final class QualityEngine {

    private static final Logger log = LoggerFactory.getLogger(QualityEngine.class);

    /** Every table's counts and failure sample. */
    public record Evaluation(List<CheckCounts> counts, List<FailingRow> failures) {
    }

    private final SqlEngine engine;
    private final ReferenceCatalog catalog;

    public QualityEngine(SqlEngine engine, ReferenceCatalog catalog) {
        this.engine = engine;
        this.catalog = catalog;
    }

    public Evaluation evaluate(RulePack pack, OutputLayout output, RunScope scope, LocalDate asOf, int sampleCap) {
        long started = System.nanoTime();
        Set<String> staged = new TreeSet<>();
        for (TableContract table : InputContract.TABLES) {
            if (Files.isDirectory(output.staged(table.table()))) {
                staged.add(table.table());
                engine.registerParquet(TableEvaluator.view(table.table()), output.staged(table.table()),
                        table.partitionedByPeriod(), SqlColumn.staged(table));
            }
        }
        ReferenceTables.register(engine, catalog);
        log.info("quality on {}: tables {} registered, reference data loaded in {} ms", engine.kind().key(), staged,
                (System.nanoTime() - started) / 1_000_000);

        CheckCompiler compiler = new CheckCompiler(engine.dialect(), CheckContext.of(asOf, catalog));
        TableEvaluator evaluator = new TableEvaluator(engine, scope, staged::contains);
        List<CheckCounts> counts = new ArrayList<>();
        List<FailingRow> failures = new ArrayList<>();
        for (TableContract table : InputContract.TABLES) {
            long tableStarted = System.nanoTime();
            List<CompiledCheck> checks = pack.forTable(table.table()).stream().map(compiler::compile).toList();
            if (!checks.isEmpty() && !staged.contains(table.table())) {
                log.info("quality {}: not staged, its {} checks not run", table.table(), checks.size());
                continue;
            }
            TableEvaluator.TableOutcome outcome = evaluator.evaluate(table, checks, sampleCap);
            counts.addAll(outcome.counts());
            failures.addAll(outcome.failures());
            log.info("quality {}: {} checks, {} results, {} sampled failing rows in {} ms", table.table(), checks.size(),
                    outcome.counts().size(), outcome.failures().size(), (System.nanoTime() - tableStarted) / 1_000_000);
        }
        return new Evaluation(counts, failures);
    }
}
