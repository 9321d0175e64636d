package org.steward.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.ConfigurableApplicationContext;
import org.steward.app.ExitCodes;
import org.steward.app.StewardBoot;
import org.steward.app.schedule.Plan;
import org.steward.app.schedule.Schedule;
import org.steward.core.period.Period;
import org.steward.mpi.job.MpiJobConfiguration;
import org.steward.platform.batch.OutputHolds;
import org.steward.platform.batch.RunScope;
import org.steward.platform.settings.ConfigException;
import org.steward.platform.settings.StewardSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run jobs, or a plan of config/schedule.yml (nightly, monthly), on an input folder.",
                "Jobs: each run of a job and period is a new job instance: running a period again replaces its outputs.",
                "  stage reads --input; the other jobs read the staged tables and each other's outputs in --output.",
                "  mpi updates its index with new and changed registrations when it has one; --full rebuilds it.",
                "Plans: run their jobs for the period (default: the plan's, from the run date) and can be run again",
                "  safely: jobs this plan run completed are skipped (--force runs them again), a failed one restarts",
                "  from its failed step. --from/--to backfills periods in order and stops at the first failure.",
                "A run holds its output folder: a second run into the same folder exits 5 and does nothing.",
                "Settings files, rules, reference data and the stewards' decisions are checked before any job starts."})
final class RunCommand extends SettingsCommand {

    @Parameters(arity = "1..*", paramLabel = "JOB|PLAN", description = "Jobs to run (run in dependency order), or one plan.")
    List<String> jobs;

    @Option(names = "--input", paramLabel = "DIR",
            description = "Folder with the input CSV files (for stage). Plans default to the schedule's input.")
    Path input;

    @Option(names = "--output", paramLabel = "DIR",
            description = "Folder for Parquet outputs. Default: operations.output in the settings file.")
    Path output;

    @Option(names = "--period", paramLabel = "YYYY-MM",
            description = "Run for one month only: rows of other months are counted and left in the input. "
                    + "Default: all (plans: the plan's period of the run date).")
    String period;

    @Option(names = "--from", paramLabel = "YYYY-MM", description = "Backfill: the first period (with --to).")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM", description = "Backfill: the last period (with --from).")
    String to;

    @Option(names = "--force", description = "Plans: run jobs again that this plan run already completed.")
    boolean force;

    @Option(names = "--full", description = "mpi: rebuild the index (estimate the weights afresh and compare every "
            + "candidate pair) instead of matching only new and changed registrations against it.")
    boolean full;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "mpi, quality, casemix, denials and the audits: the date the run is as of (mpi files its events "
                    + "and metrics under it; an mpi run may not be dated before its index; casemix decides pending CDI "
                    + "queries by it; denials ignores remittances after it; roi, access-audit, retention and agreements "
                    + "judge everything on file as of it and file the audit under its month, so with --period alone they "
                    + "run as of the period's last day). Default: today; a plan's run date.")
    String asOf;

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "Where the jobs' set-based work runs for this run: duckdb (in this process) or spark "
                    + "(the spark: master in the settings). Default: engine in the settings file.")
    String engine;

    @Override
    public Integer call() throws Exception {
        StewardSettings loaded = withEngine(settings(), engine);
        Path into = output != null ? output : loaded.operations().output();
        Map<String, String> options = options();
        if (!jobs.stream().allMatch(JobCatalog::has)) {
            Schedule schedule = plansOrUnknownJob(loaded);
            return runPlan(loaded, schedule, plan(schedule), into, options);
        }
        if (force) {
            throw new ConfigException("--force applies to plans; a job run always runs (and replaces its period)");
        }
        List<JobCatalog.JobDefinition> definitions = JobCatalog.inOrder(jobs);
        List<RunScope> scopes = backfill().map(periods -> periods.stream().map(p -> RunScope.of(Optional.of(p))).toList())
                .orElseGet(() -> List.of(Periods.scope(period)));
        JobCatalog.RunRequest request = new JobCatalog.RunRequest(input, into, options);
        for (JobCatalog.JobDefinition job : definitions) {
            if (job.readsInput() && input == null) {
                throw new ConfigException(job.name() + " needs --input DIR");
            }
        }
        try (ConfigurableApplicationContext context = StewardBoot.startWhile(loaded, () -> {
            for (JobCatalog.JobDefinition job : definitions) {
                job.preflight().check(loaded, request);
            }
            Files.createDirectories(into);
        })) {
            JobRunner runner = new JobRunner(context, out());
            int exit = ExitCodes.OK;
            for (RunScope scope : scopes) {
                exit = Math.max(exit, runAll(runner, definitions, scope, input, into, options));
                if (exit != ExitCodes.OK && exit != ExitCodes.CHECKS_FAILED) {
                    return exit;
                }
            }
            return exit;
        }
    }

    /** The schedule, read because a name on the command line is not a job. */
    private Schedule plansOrUnknownJob(StewardSettings loaded) {
        try {
            return schedule(loaded);
        } catch (ConfigException e) {
            // Not a job, and the plans cannot be read: say both, so a typo in a job name is not hidden.
            throw new ConfigException("unknown job or plan '" + jobs.stream().filter(name -> !JobCatalog.has(name))
                    .findFirst().orElseThrow() + "'; jobs are " + String.join(", ", JobCatalog.names())
                    + "; the plans cannot be read: " + e.getMessage());
        }
    }

    /** The plan named alone on the command line (some name is not a job). */
    private Plan plan(Schedule schedule) {
        if (jobs.size() > 1) {
            List<String> unknown = jobs.stream().filter(name -> !JobCatalog.has(name)).toList();
            if (unknown.stream().allMatch(name -> schedule.plan(name).isPresent())) {
                throw new ConfigException("run one plan at a time, alone (got " + String.join(" ", jobs) + ")");
            }
            throw new ConfigException("unknown job or plan " + unknown + "; jobs are "
                    + String.join(", ", JobCatalog.names()) + "; plans are " + String.join(", ", schedule.plans().keySet()));
        }
        return schedule.plan(jobs.get(0)).orElseThrow(() -> new ConfigException("unknown job or plan '"
                + jobs.get(0) + "'; jobs are " + String.join(", ", JobCatalog.names()) + "; plans ("
                + schedule.source() + ") are " + String.join(", ", schedule.plans().keySet())));
    }

    static Schedule schedule(StewardSettings loaded) {
        return Schedule.load(loaded.operations().schedule(), java.util.Set.copyOf(JobCatalog.names()),
                Map.of("STEWARD_HOME", loaded.home().toAbsolutePath().normalize().toString()));
    }

    private int runPlan(StewardSettings loaded, Schedule schedule, Plan plan, Path into, Map<String, String> options)
            throws Exception {
        LocalDate runDate = options.containsKey(MpiJobConfiguration.AS_OF)
                ? LocalDate.parse(options.get(MpiJobConfiguration.AS_OF)) : LocalDate.now();
        List<Period> periods = backfill().orElseGet(() -> List.of(period != null ? parsePeriod("--period", period)
                : plan.period().of(runDate)));
        Function<Period, Path> inputs = p -> input != null ? input : schedule.inputFor(runDate, p);
        return runPlan(loaded, plan, periods, inputs, into, runDate, force, options, out());
    }

    /** Checks every job of the plan for every period, then runs them; shared with `steward schedule`. */
    static int runPlan(StewardSettings loaded, Plan plan, List<Period> periods, Function<Period, Path> inputs, Path into,
                       LocalDate runDate, boolean force, Map<String, String> options, java.io.PrintWriter out)
            throws Exception {
        List<JobCatalog.JobDefinition> definitions = JobCatalog.inOrder(plan.jobs());
        try (ConfigurableApplicationContext context = StewardBoot.startWhile(loaded, () -> {
            for (Period p : periods) {
                JobCatalog.RunRequest request = new JobCatalog.RunRequest(inputs.apply(p), into, options);
                for (JobCatalog.JobDefinition job : definitions) {
                    job.preflight().check(loaded, request);
                }
            }
            Files.createDirectories(into);
        })) {
            return new PlanRunner(new JobRunner(context, out), out).run(plan, periods, inputs, into, runDate, force, options);
        }
    }

    /** The periods of --from/--to, in order, when a backfill was asked for. */
    private Optional<List<Period>> backfill() {
        if (from == null && to == null) {
            return Optional.empty();
        }
        if (from == null || to == null) {
            throw new ConfigException("a backfill needs both --from YYYY-MM and --to YYYY-MM");
        }
        if (period != null) {
            throw new ConfigException("give --period or --from/--to, not both");
        }
        Period first = parsePeriod("--from", from);
        Period last = parsePeriod("--to", to);
        if (first.compareTo(last) > 0) {
            throw new ConfigException("--from " + from + " is after --to " + to);
        }
        List<Period> periods = new ArrayList<>();
        for (Period p = first; p.compareTo(last) <= 0; p = Period.of(p.month().plusMonths(1).atDay(1))) {
            periods.add(p);
        }
        return Optional.of(periods);
    }

    private static Period parsePeriod(String option, String text) {
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(option + ": " + e.getMessage());
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

    private Map<String, String> options() {
        Map<String, String> options = new HashMap<>();
        if (full) {
            options.put(MpiJobConfiguration.FULL_REBUILD, "true");
        }
        if (asOf != null) {
            try {
                options.put(MpiJobConfiguration.AS_OF, LocalDate.parse(asOf).toString());
            } catch (DateTimeException e) {
                throw new ConfigException("--as-of " + asOf + ": expected a date YYYY-MM-DD");
            }
        }
        return options;
    }

    /**
     * Runs the jobs in order, holding the output folder across all of them; stops at a failed job, but not at
     * failed checks (their outputs are written).
     */
    static int runAll(JobRunner runner, List<JobCatalog.JobDefinition> definitions, RunScope scope, Path input,
                      Path output, Map<String, String> options) throws Exception {
        int exit = ExitCodes.OK;
        String purpose = String.join(", ", definitions.stream().map(JobCatalog.JobDefinition::name).toList()) + " " + scope;
        try (OutputHolds.Lease lease = runner.hold(output, purpose)) {
            for (JobCatalog.JobDefinition job : definitions) {
                JobOutcome outcome = runner.run(job, scope, input == null ? output : input, output, options);
                if (!outcome.completed()) {
                    return outcome.exitCode();
                }
                exit = Math.max(exit, outcome.exitCode());
            }
        }
        return exit;
    }
}
