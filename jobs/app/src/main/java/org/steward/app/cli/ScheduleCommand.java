package org.steward.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.steward.app.ExitCodes;
import org.steward.app.schedule.Plan;
import org.steward.app.schedule.Schedule;
import org.steward.core.period.Period;
import org.steward.platform.settings.StewardSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Run the plans of config/schedule.yml at their cron times, in this process, until stopped.",
                "Plans run one at a time, each for its period of the run date (nightly: the current month, monthly:",
                "the closed month), exactly as `steward run PLAN` would; a failed plan is logged with its exit code",
                "and the schedule goes on (running the plan again restarts it from its failed step).",
                "For cron or Airflow instead, call `steward run PLAN` and act on its exit code."})
final class ScheduleCommand extends SettingsCommand {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleCommand.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--output", paramLabel = "DIR",
            description = "Folder for Parquet outputs. Default: operations.output in the settings file.")
    Path output;

    @Option(names = "--input", paramLabel = "DIR", description = "Input folder for plans that stage (default: the schedule's input).")
    Path input;

    @Option(names = "--list", description = "Print the plans and their next start times, then exit.")
    boolean list;

    @Option(names = "--stop-after", paramLabel = "N",
            description = "Stop after N plan runs (default: run until stopped).")
    Integer stopAfter;

    @Override
    public Integer call() throws Exception {
        StewardSettings loaded = settings();
        Schedule schedule = RunCommand.schedule(loaded);
        Path into = output != null ? output : loaded.operations().output();
        PrintWriter out = out();
        printPlans(out, schedule);
        if (list) {
            return ExitCodes.OK;
        }
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(stopAfter == null ? Integer.MAX_VALUE : stopAfter);
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        // One plan at a time: nightly and monthly may fall on the same minute, and they share the output folder.
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("steward-schedule-");
        scheduler.initialize();
        Runtime.getRuntime().addShutdownHook(new Thread(scheduler::shutdown, "steward-schedule-stop"));
        for (Plan plan : schedule.plans().values()) {
            scheduler.schedule(() -> {
                runOnce(loaded, schedule, plan, into, out);
                runs.incrementAndGet();
                done.countDown();
            }, new CronTrigger(plan.cron().toString()));
        }
        out.println("steward schedule: waiting for the next start (stop with Ctrl-C or SIGTERM)");
        out.flush();
        done.await();
        scheduler.shutdown();
        out.println("steward schedule: stopped after " + runs.get() + " plan run(s)");
        return ExitCodes.OK;
    }

    private void runOnce(StewardSettings loaded, Schedule schedule, Plan plan, Path into, PrintWriter out) {
        LocalDate runDate = LocalDate.now();
        Period period = plan.period().of(runDate);
        LOG.info("Starting plan {} for {} (run date {})", plan.name(), period, runDate);
        try {
            int exit = RunCommand.runPlan(loaded, plan, List.of(period), p -> input != null ? input : schedule.inputFor(runDate, p),
                    into, runDate, false, Map.of(), out);
            if (exit == ExitCodes.OK || exit == ExitCodes.CHECKS_FAILED) {
                LOG.info("Plan {} for {} ended with exit code {}", plan.name(), period, exit);
            } else {
                LOG.error("Plan {} for {} stopped with exit code {}; `steward run {} --period {}` continues it", plan.name(),
                        period, exit, plan.name(), period);
            }
        } catch (Exception | Error e) {
            // A bad extract folder, a held output, a bug: log it and keep the schedule going.
            LOG.error("Plan {} for {} could not run: {}", plan.name(), period, e.getMessage(), e);
        }
        out.flush();
    }

    private static void printPlans(PrintWriter out, Schedule schedule) {
        List<List<String>> rows = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now();
        for (Plan plan : schedule.plans().values()) {
            LocalDateTime next = plan.cron().next(now);
            rows.add(List.of(plan.name(), String.join(", ", plan.jobs()), plan.cron().toString(),
                    next == null ? "never" : WHEN.format(next),
                    next == null ? "" : plan.period().of(next.toLocalDate()).toString(),
                    plan.oncePer().name().toLowerCase(java.util.Locale.ROOT)));
        }
        out.println("Plans (" + schedule.source() + "):");
        TextTable.print(out, List.of("plan", "jobs", "cron", "next start", "its period", "once per"), rows);
        out.flush();
    }
}
