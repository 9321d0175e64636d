package org.steward.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.steward.app.ExitCodes;
import org.steward.app.StewardBoot;
import org.steward.mpi.job.MpiJobConfiguration;
import org.steward.platform.batch.RunScope;
import org.steward.platform.settings.ConfigException;
import org.steward.platform.settings.StewardSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run one or more jobs on an input folder.",
                "Each run of a job and period is a new job instance: running a period again replaces its outputs.",
                "Jobs: stage (reads --input); mpi and quality (read the staged tables in --output).",
                "mpi updates its index with new and changed registrations when it has one; --full rebuilds it.",
                "Settings files, rules, reference data and the stewards' decisions are checked before any job starts."})
final class RunCommand extends SettingsCommand {

    @Parameters(arity = "1..*", paramLabel = "JOB", description = "Jobs to run (run in dependency order).")
    List<String> jobs;

    @Option(names = "--input", paramLabel = "DIR", description = "Folder with the input CSV files (for stage).")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder for Parquet outputs.")
    Path output;

    @Option(names = "--period", paramLabel = "YYYY-MM",
            description = "Run for one month only: rows of other months are counted and left in the input. Default: all.")
    String period;

    @Option(names = "--full", description = "mpi: rebuild the index (estimate the weights afresh and compare every "
            + "candidate pair) instead of matching only new and changed registrations against it.")
    boolean full;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "mpi, quality, casemix and denials: the date the run is as of (mpi files its events and metrics "
                    + "under it; an mpi run may not be dated before its index; casemix decides pending CDI queries by it; "
                    + "denials ignores remittances after it). Default: today.")
    String asOf;

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "Where the jobs' set-based work runs for this run: duckdb (in this process) or spark "
                    + "(the spark: master in the settings). Default: engine in the settings file.")
    String engine;

    @Override
    public Integer call() throws Exception {
        StewardSettings loaded = withEngine(settings(), engine);
        List<JobCatalog.JobDefinition> definitions = JobCatalog.inOrder(jobs);
        RunScope scope = Periods.scope(period);
        java.util.Map<String, String> options = options();
        JobCatalog.RunRequest request = new JobCatalog.RunRequest(input, output, options);
        for (JobCatalog.JobDefinition job : definitions) {
            if (job.readsInput() && input == null) {
                throw new ConfigException(job.name() + " needs --input DIR");
            }
            job.preflight().check(loaded, request);
        }
        Files.createDirectories(output);
        try (ConfigurableApplicationContext context = StewardBoot.start(loaded)) {
            return runAll(new JobRunner(context, out()), definitions, scope, input, output, options);
        }
    }

    /** The settings with --engine, when given, in place of the settings file's engine. */
    static StewardSettings withEngine(StewardSettings settings, String engine) {
        if (engine == null) {
            return settings;
        }
        return settings.withEngine(StewardSettings.Engine.of(engine).orElseThrow(() -> new ConfigException(
                "--engine " + engine + ": expected one of " + String.join(", ", StewardSettings.Engine.keys()))));
    }

    private java.util.Map<String, String> options() {
        java.util.Map<String, String> options = new java.util.HashMap<>();
        if (full) {
            options.put(MpiJobConfiguration.FULL_REBUILD, "true");
        }
        if (asOf != null) {
            try {
                options.put(MpiJobConfiguration.AS_OF, java.time.LocalDate.parse(asOf).toString());
            } catch (java.time.DateTimeException e) {
                throw new ConfigException("--as-of " + asOf + ": expected a date YYYY-MM-DD");
            }
        }
        return options;
    }

    /** Runs the jobs in order; stops at a failed job, but not at failed checks (their outputs are written). */
    static int runAll(JobRunner runner, List<JobCatalog.JobDefinition> definitions, RunScope scope, Path input,
                      Path output, java.util.Map<String, String> options) throws Exception {
        int exit = ExitCodes.OK;
        for (JobCatalog.JobDefinition job : definitions) {
            JobOutcome outcome = runner.run(job, scope, input == null ? output : input, output, options);
            if (!outcome.completed()) {
                return outcome.exitCode();
            }
            exit = Math.max(exit, outcome.exitCode());
        }
        return exit;
    }
}
