package org.steward.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.steward.app.StewardBoot;
import org.steward.platform.batch.JobRuns;
import org.steward.platform.batch.OutputHolds;
import org.steward.platform.batch.RunRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"What runs now (the output folders held, by whom) and the recent runs from the JobRepository:",
                "job, period, plan, status, start, duration and rows, with each run's steps beneath it."})
final class StatusCommand extends SettingsCommand {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "How many runs (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--job", paramLabel = "JOB", description = "Only runs of this job.")
    String job;

    @Option(names = "--no-steps", description = "One line per run, without its steps.")
    boolean noSteps;

    @Override
    public Integer call() {
        if (job != null) {
            JobCatalog.get(job);
        }
        try (ConfigurableApplicationContext context = StewardBoot.start(settings())) {
            PrintWriter out = out();
            printHolds(out, context.getBean(OutputHolds.class).current());
            List<RunRecord> runs = context.getBean(JobRuns.class).recent(job == null ? limit : Math.max(limit, 500)).stream()
                    .filter(run -> job == null || run.job().equals(job)).limit(limit).toList();
            if (runs.isEmpty()) {
                out.println("no runs yet");
                return 0;
            }
            List<List<String>> rows = new ArrayList<>();
            for (RunRecord run : runs) {
                rows.add(List.of(Long.toString(run.executionId()), run.job(), String.valueOf(run.scope()), plan(run),
                        run.status(), run.started() == null ? "" : WHEN.format(run.started()), seconds(run.duration()),
                        count(run.rowsRead()), count(run.rowsWritten()), count(run.rowsQuarantined()), String.valueOf(run.output())));
                if (!noSteps) {
                    for (RunRecord.StepRecord step : run.steps()) {
                        rows.add(List.of("", "  " + step.name(), "", "", step.status(), "", seconds(step.duration()),
                                count(step.rowsRead()), count(step.rowsWritten()), count(step.rowsQuarantined()), ""));
                    }
                }
            }
            TextTable.print(out, List.of("execution", "job / step", "period", "plan", "status", "started", "duration",
                    "rows read", "rows written", "quarantined", "output"), rows);
            return 0;
        }
    }

    private static void printHolds(PrintWriter out, List<OutputHolds.Hold> holds) {
        if (holds.isEmpty()) {
            out.println("Running now: nothing (no output folder is held)");
            out.println();
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (OutputHolds.Hold hold : holds) {
            rows.add(List.of(hold.outputFolder(), hold.purpose(), hold.host() + " / " + hold.pid(),
                    String.valueOf(hold.acquiredAt()), hold.sinceRenewed().toSeconds() + " s ago"));
        }
        out.println("Running now:");
        TextTable.print(out, List.of("output", "run", "host / process", "since", "renewed"), rows);
        out.println();
    }

    /** The plan's name (the key's first part: the rest is period, run date and input folder). */
    private static String plan(RunRecord run) {
        return run.plan() == null ? "" : run.plan().substring(0, run.plan().indexOf('|') < 0 ? run.plan().length()
                : run.plan().indexOf('|'));
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    private static String count(long rows) {
        return String.format("%,d", rows);
    }
}
