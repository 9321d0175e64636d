package org.steward.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.steward.app.ExitCodes;
import org.steward.app.StewardBoot;
import org.steward.app.StewardHome;
import org.steward.app.bench.DuckDbCopyReference;
import org.steward.platform.batch.RunRecord;
import org.steward.platform.batch.RunScope;
import org.steward.platform.output.DirectorySwap;
import org.steward.platform.settings.ConfigException;
import org.steward.platform.settings.StewardSettings;
import org.steward.sampledata.GeneratorSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark a job against a named reference on this machine.",
                "stage: rows per second of the stage job vs DuckDB converting the same CSV files to Parquet."})
final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "JOB", description = "The job to benchmark: stage.")
    String job;

    @Option(names = "--persons", defaultValue = "100000", description = "Persons to generate (default: ${DEFAULT-VALUE}).")
    int persons;

    @Option(names = "--facilities", defaultValue = "5", description = "Facilities (default: ${DEFAULT-VALUE}).")
    int facilities;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Where generated data is kept between runs (default: var/bench/<persons>p-<facilities>f).")
    Path data;

    @Mixin
    SettingsOption settings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!job.equals("stage")) {
            throw new ConfigException("bench: unknown job '" + job + "'; benchmarks exist for: stage");
        }
        PrintWriter out = spec.commandLine().getOut();
        StewardSettings loaded = settings.load();
        Path home = StewardHome.resolve();
        Path folder = data != null ? data : home.resolve("var/bench").resolve(persons + "p-" + facilities + "f");
        Path input = folder.resolve("input");
        if (!Files.exists(input.resolve("patients.csv"))) {
            out.println("generating " + persons + " persons x " + facilities + " facilities into " + input);
            GeneratorSettings defaults = GeneratorSettings.defaults(home.resolve("config/reference"));
            GenerateCommand.generate(new GeneratorSettings(persons, facilities, YearMonth.of(2025, 1), 12,
                    defaults.seed(), defaults.referenceDir(), defaults.contractViolationsPerFile()), input);
        }
        long bytes = csvBytes(input);
        Path stewardOut = folder.resolve("steward-output");
        Path duckOut = folder.resolve("duckdb-output");
        DirectorySwap.deleteTree(stewardOut);
        DirectorySwap.deleteTree(duckOut);
        JobOutcome outcome;
        double stewardSeconds;
        try (ConfigurableApplicationContext context = StewardBoot.start(loaded)) {
            long started = System.nanoTime();
            outcome = new JobRunner(context, out).run(JobCatalog.get("stage"), RunScope.of(Optional.empty()), input, stewardOut);
            stewardSeconds = (System.nanoTime() - started) / 1e9;
        }
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

    private static long csvBytes(Path input) throws java.io.IOException {
        try (var files = Files.list(input)) {
            return files.filter(p -> p.toString().endsWith(".csv")).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
