package org.steward.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.steward.app.ExitCodes;
import org.steward.app.schedule.Plan;
import org.steward.core.period.Period;
import org.steward.platform.batch.AuditDate;
import org.steward.platform.batch.JobParameterNames;
import org.steward.platform.batch.OutputHolds;
import org.steward.platform.batch.RunScope;

/**
 * Runs a plan for one or more periods, in order, so that operations can run it again without thinking:
 * a job the same plan run already completed is skipped (unless forced), a failed or killed one is
 * restarted from its failed step, and a failure stops the plan (later periods of a backfill are not run).
 */
final class PlanRunner {

    private final JobRunner runner;
    private final PrintWriter out;

    PlanRunner(JobRunner runner, PrintWriter out) {
        this.runner = runner;
        this.out = out;
    }

    /**
     * @param input   the input folder for each period (plans that stage), or null
     * @param runDate the run date every job of the plan takes as its as-of date
     * @param options other job options (mpi --full), passed to every job started afresh
     */
    int run(Plan plan, List<Period> periods, java.util.function.Function<Period, Path> input, Path output,
            LocalDate runDate, boolean force, Map<String, String> options) throws Exception {
        List<JobCatalog.JobDefinition> jobs = JobCatalog.inOrder(plan.jobs());
        String span = periods.size() == 1 ? periods.get(0).toString()
                : periods.get(0) + " to " + periods.get(periods.size() - 1);
        int exit = ExitCodes.OK;
        try (OutputHolds.Lease lease = runner.hold(output, "plan " + plan.name() + " " + span)) {
            for (Period period : periods) {
                Instant started = Instant.now();
                Path periodInput = input.apply(period);
                String runKey = plan.runKey(period, runDate, periodInput);
                out.println(plan.name() + " " + period + ": " + String.join(", ", plan.jobs()) + " (run date " + runDate + ")");
                int periodExit = runPeriod(jobs, period, periodInput, output, runDate, force, runKey, options);
                out.println(String.format("%s %s: %s in %.1f s", plan.name(), period,
                        finished(periodExit) ? "done" : "stopped (exit " + periodExit + ")",
                        Duration.between(started, Instant.now()).toMillis() / 1000.0));
                out.flush();
                if (!finished(periodExit)) {
                    return periodExit;
                }
                exit = Math.max(exit, periodExit);
            }
        }
        return exit;
    }

    private int runPeriod(List<JobCatalog.JobDefinition> jobs, Period period, Path input, Path output, LocalDate runDate,
                          boolean force, String runKey, Map<String, String> options) throws Exception {
        RunScope scope = RunScope.of(Optional.of(period));
        Map<String, String> jobOptions = new HashMap<>(options);
        jobOptions.put(JobParameterNames.AS_OF, runDate.toString());
        jobOptions.put(JobParameterNames.PLAN_RUN, runKey);
        int exit = ExitCodes.OK;
        for (JobCatalog.JobDefinition job : jobs) {
            Optional<JobExecution> earlier = force ? Optional.empty()
                    : runner.runs().latestOfPlanRun(job.name(), scope.toString(), output, runKey);
            JobOutcome outcome;
            if (earlier.isPresent() && earlier.get().getStatus() == BatchStatus.COMPLETED) {
                outcome = new JobOutcome(job.name(), scope.toString(), earlier.get());
                out.println(job.name() + " " + scope + ": completed by this plan run in execution " + earlier.get().getId()
                        + "; skipped (--force runs it again)");
            } else if (earlier.isPresent()) {
                outcome = runner.restart(earlier.get());
            } else {
                outcome = runner.run(job, scope, job.readsInput() ? input : output, output,
                        job.audit() ? auditOptions(jobOptions, period, runDate) : jobOptions);
            }
            if (!outcome.completed()) {
                return outcome.exitCode();
            }
            exit = Math.max(exit, outcome.exitCode());
        }
        return exit;
    }

    /**
     * An audit in a plan is of the plan's period: as of its last day once it has closed (the monthly plan audits
     * the month just closed, not the first days of the next), else as of the run date.
     */
    private static Map<String, String> auditOptions(Map<String, String> options, Period period, LocalDate runDate) {
        Map<String, String> audit = new HashMap<>(options);
        audit.put(JobParameterNames.AS_OF, AuditDate.latestIn(period, runDate).toString());
        return audit;
    }

    /** Completed, possibly with failed data-quality checks: the plan goes on. */
    private static boolean finished(int exit) {
        return exit == ExitCodes.OK || exit == ExitCodes.CHECKS_FAILED;
    }
}
