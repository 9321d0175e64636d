package org.steward.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ConfigurableApplicationContext;
import org.steward.app.ExitCodes;
import org.steward.app.StewardBoot;
import org.steward.app.StewardHome;
import org.steward.app.bench.DuckDbCopyReference;
import org.steward.app.bench.DuckDbQualityReference;
import org.steward.app.bench.DukeReference;
import org.steward.app.bench.LinkedPairsEvaluation;
import org.steward.app.bench.PeakHeap;
import org.steward.mpi.core.evaluate.LinkageMetrics;
import org.steward.mpi.job.IndexEvaluation;
import org.steward.mpi.job.MpiJobConfiguration;
import org.steward.platform.batch.RunRecord;
import org.steward.platform.batch.RunScope;
import org.steward.platform.engine.StagedTables;
import org.steward.platform.output.DirectorySwap;
import org.steward.platform.output.OutputLayout;
import org.steward.platform.output.ParquetFolder;
import org.steward.platform.settings.ConfigException;
import org.steward.platform.settings.StewardSettings;
import org.steward.app.bench.JobTotals;
import org.steward.platform.batch.JobParameterNames;
import org.steward.quality.config.RulePackLoader;
import org.steward.quality.job.QualityJobConfiguration;
import org.steward.sampledata.GeneratorSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark a job against a named reference on this machine.",
                "stage: rows per second of the stage job vs DuckDB converting the same CSV files to Parquet.",
                "quality: the quality job (on the configured engine, then on the other) vs plain DuckDB SQL computing",
                "and writing the same results, failure sample, scores and alerts over the same staged Parquet (one query",
                "per table, bench/quality-reference.sql, under <data>/duckdb-output); every output row must agree.",
                "mpi: a full rebuild of the MPI vs Duke 1.2 (an established Java record linker, untuned) on the",
                "same registrations: time, candidate pairs, peak heap, and accuracy against the generator's truth.",
                "casemix, denials: the job (on the configured engine, then on the other) vs plain DuckDB SQL computing",
                "its aggregates over the same staged Parquet (bench/<job>-reference.sql); the totals must agree.",
                "roi, access-audit: the same, with the findings by code as the totals (access-audit: tens of millions",
                "of access-log rows from about 5M persons; the bench runs without the MPI).",
                "retention: the same, with the records' rules, dates and holds as the totals (without the MPI).",
                "access-audit and retention references write every output the job writes, as Parquet; casemix's",
                "writes them partitioned by period, as the job does (under <data>/duckdb-output)."})
final class BenchCommand extends SettingsCommand {

    @Parameters(index = "0", paramLabel = "JOB", description = "The job to benchmark: stage, quality, mpi, casemix, denials, roi, access-audit or retention.")
    String job;

    @Option(names = "--persons", defaultValue = "100000", description = "Persons to generate (default: ${DEFAULT-VALUE}).")
    int persons;

    @Option(names = "--facilities", defaultValue = "5", description = "Facilities (default: ${DEFAULT-VALUE}).")
    int facilities;

    @Option(names = "--without-reference", description = "Time Steward only on its configured engine (mpi: no Duke, "
            + "which takes about 12 minutes at 1M persons on 2 cores; quality, casemix and denials: no run on the other engine).")
    boolean withoutReference;

    @Option(names = "--runs", defaultValue = "3", description = "casemix, denials, roi, access-audit, retention: times the "
            + "job and its reference this many times each, alternated, and compares the medians (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Where generated data is kept between runs (default: var/bench/<persons>p-<facilities>f).")
    Path data;


    @Override
    public Integer call() throws Exception {
        if (!List.of("stage", "quality", "mpi", "casemix", "denials", "roi", "access-audit", "retention").contains(job)) {
            throw new ConfigException("bench: unknown job '" + job + "'; benchmarks exist for: stage, quality, mpi, casemix, "
                    + "denials, roi, access-audit, retention");
        }
        PrintWriter out = out();
        StewardSettings loaded = settings();
        Path home = StewardHome.resolve();
        Path folder = data != null ? data : home.resolve("var/bench").resolve(persons + "p-" + facilities + "f");
        Path input = folder.resolve("input");
        if (!Files.isDirectory(input)) {
            out.println("generating " + persons + " persons x " + facilities + " facilities into " + input);
            // Generated beside the folder and renamed when complete, so an interrupted bench regenerates.
            Path partial = folder.resolve("input.partial");
            DirectorySwap.deleteTree(partial);
            GeneratorSettings defaults = GeneratorSettings.defaults(home.resolve("config/reference"));
            GenerateCommand.generate(new GeneratorSettings(persons, facilities, YearMonth.of(2025, 1), 12,
                    defaults.seed(), defaults.referenceDir(), defaults.contractViolationsPerFile()), partial);
            Files.move(partial, input, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        try (ConfigurableApplicationContext context = StewardBoot.start(loaded)) {
            JobRunner runner = new JobRunner(context, out);
            return switch (job) {
                case "stage" -> benchStage(runner, out, loaded, input, folder);
                case "quality" -> benchQuality(runner, out, loaded, input, folder);
                case "casemix" -> benchAggregates(runner, out, loaded, input, folder, JobTotals.CASEMIX);
                case "denials" -> benchAggregates(runner, out, loaded, input, folder, JobTotals.DENIALS);
                case "roi" -> benchAggregates(runner, out, loaded, input, folder, JobTotals.ROI);
                case "access-audit" -> benchAggregates(runner, out, loaded, input, folder, JobTotals.ACCESS_AUDIT);
                case "retention" -> benchAggregates(runner, out, loaded, input, folder, JobTotals.RETENTION);
                default -> benchMpi(runner, out, loaded, input, folder);
            };
        }
    }

    private int benchStage(JobRunner runner, PrintWriter out, StewardSettings loaded, Path input, Path folder)
            throws Exception {
        long bytes = csvBytes(input);
        Path stewardOut = folder.resolve("steward-output");
        Path duckOut = folder.resolve("duckdb-output");
        DirectorySwap.deleteTree(stewardOut);
        DirectorySwap.deleteTree(duckOut);
        long started = System.nanoTime();
        JobOutcome outcome = runner.run(JobCatalog.get("stage"), RunScope.of(Optional.empty()), input, stewardOut);
        double stewardSeconds = (System.nanoTime() - started) / 1e9;
        if (!outcome.completed()) {
            return outcome.exitCode();
        }
        long rows = RunRecord.of(outcome.execution()).rowsRead();
        DuckDbCopyReference.Result duck = DuckDbCopyReference.convert(input, duckOut, loaded.stage().compression());
        out.println();
        out.printf("bench stage: %,d persons, %,d facilities, %,d CSV rows, %.0f MB, %d cores%n", persons, facilities, rows,
                bytes / 1e6, Runtime.getRuntime().availableProcessors());
        out.printf("  steward stage : %7.1f s  %,12.0f rows/s  (typed, checked, quarantined, partitioned by period, published)%n",
                stewardSeconds, rows / stewardSeconds);
        out.printf("  duckdb COPY   : %7.1f s  %,12.0f rows/s  (read_csv with the contract's types and store_rejects -> Parquet)%n",
                duck.seconds(), duck.rows() / duck.seconds());
        out.printf("  ratio         : steward takes %.2fx DuckDB's time%n", stewardSeconds / duck.seconds());
        return ExitCodes.OK;
    }

    private int benchQuality(JobRunner runner, PrintWriter out, StewardSettings loaded, Path input, Path folder)
            throws Exception {
        Path output = folder.resolve("steward-output");
        Optional<JobOutcome> stageFailed = stageOnce(runner, input, output);
        if (stageFailed.isPresent()) {
            return stageFailed.get().exitCode();
        }
        long rows = DuckDbQualityReference.stagedRows(output);
        LocalDate asOf = LocalDate.now();
        Map<String, String> options = Map.of(QualityJobConfiguration.AS_OF, asOf.toString());
        // Both sides write into empty folders: an earlier bench's results are neither history to the job nor replaced.
        DirectorySwap.deleteTree(output.resolve(QualityJobConfiguration.JOB));
        // As `steward run` does before the job starts (the first parse of a rule with Spark's parser loads its classes).
        JobCatalog.get("quality").preflight().check(loaded, new JobCatalog.RunRequest(output, output, options));
        long started = System.nanoTime();
        JobOutcome outcome = runner.run(JobCatalog.get("quality"), RunScope.of(Optional.empty()), output, output, options);
        double stewardSeconds = (System.nanoTime() - started) / 1e9;
        if (!outcome.completed()) {
            return outcome.exitCode();
        }
        Map<String, Long> ours = DuckDbQualityReference.failedByCheck(output);
        Path referenceOutput = folder.resolve("duckdb-output");
        DirectorySwap.deleteTree(referenceOutput);
        Files.createDirectories(referenceOutput);
        DuckDbQualityReference.Result duck = DuckDbQualityReference.run(output, loaded.quality().reference(), asOf,
                RulePackLoader.load(loaded.quality().rules()), referenceOutput);
        List<String> disagreements = disagreements(ours, duck.failed());
        disagreements.addAll(DuckDbQualityReference.outputDifferences(output, referenceOutput));
        Optional<Double> otherSeconds = Optional.empty();
        StewardSettings.Engine other = loaded.engine() == StewardSettings.Engine.DUCKDB
                ? StewardSettings.Engine.SPARK : StewardSettings.Engine.DUCKDB;
        if (!withoutReference) {
            // The same job on the other engine, in a context of its own: the figure a user weighs a move against.
            try (ConfigurableApplicationContext context = StewardBoot.start(loaded.withEngine(other))) {
                long otherStarted = System.nanoTime();
                JobOutcome second = new JobRunner(context, out).run(JobCatalog.get("quality"), RunScope.of(Optional.empty()),
                        output, output, options);
                otherSeconds = second.completed() ? Optional.of((System.nanoTime() - otherStarted) / 1e9) : Optional.empty();
                disagreements.addAll(disagreements(DuckDbQualityReference.failedByCheck(output), duck.failed()).stream()
                        .map(d -> other.key() + ": " + d).toList());
                disagreements.addAll(DuckDbQualityReference.outputDifferences(output, referenceOutput).stream()
                        .map(d -> other.key() + ": " + d).toList());
            }
        }
        out.println();
        out.printf("bench quality: %,d persons, %,d facilities, %,d staged rows, %d checks, %d cores%n", persons,
                facilities, rows, duck.failed().size(), Runtime.getRuntime().availableProcessors());
        out.printf("  steward quality, %-6s : %7.1f s  %,12.0f rows/s  (engine start included; results, failures, "
                + "scores, alerts written)%n", loaded.engine().key(), stewardSeconds, rows / stewardSeconds);
        otherSeconds.ifPresent(seconds -> out.printf("  steward quality, %-6s : %7.1f s  %,12.0f rows/s  (%s)%n", other.key(),
                seconds, rows / seconds, other == StewardSettings.Engine.SPARK ? "Spark " + loaded.spark().master() : "in process"));
        out.printf("  duckdb SQL              : %7.1f s  %,12.0f rows/s  (hand-written bench/quality-reference.sql: one "
                + "query per table; results, failures, scores, alerts written as Parquet)%n", duck.seconds(),
                rows / duck.seconds());
        out.printf("  ratio                   : steward on %s takes %.2fx DuckDB SQL's time%n", loaded.engine().key(),
                stewardSeconds / duck.seconds());
        otherSeconds.ifPresent(seconds -> out.printf("  ratio                   : steward on %s takes %.2fx DuckDB SQL's time%n",
                other.key(), seconds / duck.seconds()));
        out.printf("  outputs                 : %s%n", disagreements.isEmpty()
                ? "every check's counts and every output row agree with DuckDB SQL's on every engine run"
                : String.join("; ", disagreements));
        return disagreements.isEmpty() ? ExitCodes.OK : ExitCodes.JOB_FAILED;
    }

    /**
     * An aggregate job (casemix, denials) against the same aggregates written by hand in plain DuckDB SQL
     * over the same staged Parquet: time on the configured engine, then on the other, and the totals of
     * both runs checked against the hand-written SQL's.
     */
    private int benchAggregates(JobRunner runner, PrintWriter out, StewardSettings loaded, Path input, Path folder,
                                JobTotals totals) throws Exception {
        Path output = folder.resolve("steward-output");
        if (totals.withoutMpi() && ParquetFolder.hasFiles(StagedTables.mpiXref(new OutputLayout(output)), false)) {
            // The job would join persons through the MPI's links, work its hand-written reference does not do.
            throw new ConfigException("bench " + totals.job() + ": the MPI has run in " + output + "; this bench compares "
                    + "runs without it: give a fresh --data folder");
        }
        Optional<JobOutcome> stageFailed = stageOnce(runner, input, output);
        if (stageFailed.isPresent()) {
            return stageFailed.get().exitCode();
        }
        for (String table : totals.reads()) {
            if (!ParquetFolder.hasFiles(new OutputLayout(output).staged(table), true)) {
                // Data generated before the generator wrote this input: the reference would have nothing to read.
                throw new ConfigException("bench " + totals.job() + ": " + output + " has no staged " + table
                        + " (generated before the generator wrote it); give a fresh --data folder");
            }
        }
        long read = 0;
        for (String table : totals.reads()) {
            read += DuckDbQualityReference.count(output, "SELECT count(*) FROM read_parquet('staged/" + table + "/*/*.parquet')");
        }
        long rows = read;
        if (runs < 1) {
            throw new ConfigException("bench: --runs must be at least 1");
        }
        LocalDate asOf = LocalDate.now();
        Map<String, String> options = Map.of(JobParameterNames.AS_OF, asOf.toString());
        // The job and the reference take turns, so a moment when the machine is busy falls on both; a median of each
        // side is compared, as one run on a shared machine moves by a fifth or more. The job's first run also loads its
        // classes in this JVM, a cost the reference (already loaded by the counts above) does not pay again.
        double[] stewardRuns = new double[runs];
        double[] referenceRuns = new double[runs];
        Map<String, Long> ours = Map.of();
        DuckDbQualityReference.Result duck = null;
        List<String> disagreements = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            for (String previous : totals.emptiedBeforeRun()) {
                DirectorySwap.deleteTree(output.resolve(previous));
            }
            long started = System.nanoTime();
            JobOutcome outcome = runner.run(JobCatalog.get(totals.job()), RunScope.of(Optional.empty()), output, output,
                    options);
            stewardRuns[run] = (System.nanoTime() - started) / 1e9;
            if (!outcome.completed()) {
                return outcome.exitCode();
            }
            ours = totals.of(output);
            // Where a reference that writes its outputs (casemix) puts them: emptied first, as the job's work area is.
            Path referenceOutput = folder.resolve("duckdb-output");
            DirectorySwap.deleteTree(referenceOutput);
            Files.createDirectories(referenceOutput);
            duck = DuckDbQualityReference.script(totals.referenceScript(), output, totals.reference().apply(loaded), asOf,
                    referenceOutput);
            referenceRuns[run] = duck.seconds();
            String label = runs > 1 ? "run " + (run + 1) + ": " : "";
            disagreements(ours, duck.failed()).forEach(d -> disagreements.add(label + d));
        }
        double stewardSeconds = median(stewardRuns);
        double referenceSeconds = median(referenceRuns);
        Optional<Double> otherSeconds = Optional.empty();
        StewardSettings.Engine other = loaded.engine() == StewardSettings.Engine.DUCKDB
                ? StewardSettings.Engine.SPARK : StewardSettings.Engine.DUCKDB;
        if (!withoutReference) {
            try (ConfigurableApplicationContext context = StewardBoot.start(loaded.withEngine(other))) {
                long otherStarted = System.nanoTime();
                JobOutcome second = new JobRunner(context, out).run(JobCatalog.get(totals.job()), RunScope.of(Optional.empty()),
                        output, output, options);
                otherSeconds = second.completed() ? Optional.of((System.nanoTime() - otherStarted) / 1e9) : Optional.empty();
                disagreements.addAll(disagreements(totals.of(output), duck.failed()).stream()
                        .map(d -> other.key() + ": " + d).toList());
            }
        }
        String job = String.format("%-7s", totals.job());
        out.println();
        out.printf("bench %s: %,d persons, %,d facilities, %,d staged rows read (%s), %d cores%n", totals.job(), persons,
                facilities, rows, String.join(", ", totals.reads()), Runtime.getRuntime().availableProcessors());
        out.printf("  steward %s, %-6s : %7.1f s  %,12.0f rows/s  (median of %s; engine start, reference data and job "
                + "bookkeeping included; every output written)%n", job, loaded.engine().key(), stewardSeconds,
                rows / stewardSeconds, seconds(stewardRuns));
        otherSeconds.ifPresent(seconds -> out.printf("  steward %s, %-6s : %7.1f s  %,12.0f rows/s  (%s)%n", job, other.key(),
                seconds, rows / seconds, other == StewardSettings.Engine.SPARK ? "Spark " + loaded.spark().master() : "in process"));
        out.printf("  duckdb SQL                : %7.1f s  %,12.0f rows/s  (median of %s; hand-written %s: %s)%n",
                referenceSeconds, rows / referenceSeconds, seconds(referenceRuns), totals.referenceScript(),
                totals.referenceComputes());
        out.printf("  ratio                     : steward on %s takes %.2fx DuckDB SQL's time (first runs: %.2fx)%n",
                loaded.engine().key(), stewardSeconds / referenceSeconds, stewardRuns[0] / referenceRuns[0]);
        otherSeconds.ifPresent(seconds -> out.printf("  ratio                     : steward on %s takes %.2fx DuckDB SQL's time%n",
                other.key(), seconds / referenceSeconds));
        out.printf("  totals                    : %s%n", disagreements.isEmpty()
                ? String.join(", ", ours.keySet()) + " agree with DuckDB SQL on every engine run"
                : String.join("; ", disagreements));
        return disagreements.isEmpty() ? ExitCodes.OK : ExitCodes.JOB_FAILED;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String seconds(double[] runs) {
        return Arrays.stream(runs).mapToObj(r -> String.format("%.1f", r)).collect(Collectors.joining(" / ", "", " s"));
    }

    private static List<String> disagreements(Map<String, Long> ours, Map<String, Long> reference) {
        List<String> disagreements = new ArrayList<>();
        reference.forEach((check, failed) -> {
            if (!failed.equals(ours.getOrDefault(check, 0L))) {
                disagreements.add(check + " steward " + ours.getOrDefault(check, 0L) + " vs duckdb " + failed);
            }
        });
        return disagreements;
    }

    private int benchMpi(JobRunner runner, PrintWriter out, StewardSettings loaded, Path input, Path folder)
            throws Exception {
        Path output = folder.resolve("steward-output");
        Optional<JobOutcome> stageFailed = stageOnce(runner, input, output);
        if (stageFailed.isPresent()) {
            return stageFailed.get().exitCode();
        }
        Path truth = input.resolve("truth/truth.csv");
        PeakHeap heap = PeakHeap.start();
        long started = System.nanoTime();
        JobOutcome outcome = runner.run(JobCatalog.get("mpi"), RunScope.of(Optional.empty()), output, output,
                Map.of(MpiJobConfiguration.FULL_REBUILD, "true"));
        double stewardSeconds = (System.nanoTime() - started) / 1e9;
        long stewardHeap = heap.peakBytes();
        heap.close();
        if (!outcome.completed()) {
            return outcome.exitCode();
        }
        LinkageMetrics ours = IndexEvaluation.evaluate(output, truth).metrics();
        long candidates = outcome.execution().getStepExecutions().stream()
                .mapToLong(s -> s.getExecutionContext().getLong(MpiJobConfiguration.CANDIDATE_PAIRS, 0L)).sum();

        out.println();
        out.printf("bench mpi: %,d persons, %,d facilities, %,d registrations, %d cores, heap limit %,d MB%n", persons,
                facilities, ours.records(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        out.println("            time      records/s   candidate pairs   peak heap   precision  recall   F1      B3 P / R");
        out.printf("  steward  %7.1f s  %,10.0f  %,16d  %,7d MB   %.4f    %.4f   %.4f  %.3f / %.3f  (full rebuild, %s)%n",
                stewardSeconds, ours.records() / stewardSeconds, candidates, stewardHeap >> 20, ours.precision(),
                ours.recall(), ours.f1(), ours.bcubedPrecision(), ours.bcubedRecall(),
                loaded.engine() == org.steward.platform.settings.StewardSettings.Engine.SPARK
                        ? "pairs on Spark " + loaded.spark().master() : "in this JVM, engine duckdb");
        if (withoutReference) {
            return ExitCodes.OK;
        }
        out.flush();
        heap = PeakHeap.start();
        DukeReference.Result duke = DukeReference.link(input.resolve("patients.csv"));
        long dukeHeap = heap.peakBytes();
        heap.close();
        LinkageMetrics theirs = LinkedPairsEvaluation.evaluate(duke.linkedPairs(), truth);
        double dukeSeconds = duke.millis() / 1000.0;
        out.printf("  duke 1.2 %7.1f s  %,10.0f  %16s  %,7d MB   %.4f    %.4f   %.4f    n/a        (untuned config; "
                        + "pairwise on its own links)%n", dukeSeconds, duke.records() / dukeSeconds, "n/a", dukeHeap >> 20,
                theirs.precision(), theirs.recall(), theirs.f1());
        out.printf("  ratio    : steward takes %.2fx Duke's time; F1 %+.4f%n", stewardSeconds / dukeSeconds,
                ours.f1() - theirs.f1());
        return ExitCodes.OK;
    }

    /** Stages the generated input into {@code output} unless an earlier bench did; the failed stage run, if it failed. */
    private static Optional<JobOutcome> stageOnce(JobRunner runner, Path input, Path output) throws Exception {
        if (Files.isDirectory(output.resolve("staged"))) {
            return Optional.empty();
        }
        JobOutcome staged = runner.run(JobCatalog.get("stage"), RunScope.of(Optional.empty()), input, output);
        return staged.completed() ? Optional.empty() : Optional.of(staged);
    }

    private static long csvBytes(Path input) throws java.io.IOException {
        try (var files = Files.list(input)) {
            return files.filter(p -> p.toString().endsWith(".csv")).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
