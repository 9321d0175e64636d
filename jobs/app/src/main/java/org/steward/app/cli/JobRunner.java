package org.steward.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.context.ConfigurableApplicationContext;
import org.steward.platform.batch.JobParameterNames;
import org.steward.platform.batch.JobRuns;
import org.steward.platform.batch.OutputHolds;
import org.steward.platform.batch.RunRecord;
import org.steward.platform.batch.RunScope;
import org.steward.platform.output.OutputLayout;
import org.steward.platform.output.RunSummary;
import org.steward.platform.settings.ConfigException;
import org.steward.stage.StageJobConfiguration;

/**
 * Runs and restarts jobs inside a started context. Every job holds its output folder while it runs
 * ({@link OutputHolds}); a command that runs several jobs holds it across all of them with {@link #hold}.
 */
final class JobRunner {

    private final ConfigurableApplicationContext context;
    private final JobRuns runs;
    private final OutputHolds holds;
    private final PrintWriter out;

    JobRunner(ConfigurableApplicationContext context, PrintWriter out) {
        this.context = context;
        this.runs = context.getBean(JobRuns.class);
        this.holds = context.getBean(OutputHolds.class);
        this.out = out;
    }

    /** Holds {@code output} until the lease is closed, so no other run can start into it between this command's jobs. */
    OutputHolds.Lease hold(Path output, String purpose) {
        return holds.hold(output, purpose);
    }

    JobRuns runs() {
        return runs;
    }

    JobOutcome run(JobCatalog.JobDefinition definition, RunScope scope, Path input, Path output) throws Exception {
        return run(definition, scope, input, output, Map.of());
    }

    JobOutcome run(JobCatalog.JobDefinition definition, RunScope scope, Path input, Path output,
                   Map<String, String> options) throws Exception {
        return print(runUnprinted(definition, scope, input, output, options));
    }

    /**
     * Runs a job and writes its run summary without printing its line: a caller running jobs side by side prints
     * the lines in its own order ({@link #print}).
     */
    JobOutcome runUnprinted(JobCatalog.JobDefinition definition, RunScope scope, Path input, Path output,
                            Map<String, String> options) throws Exception {
        try (OutputHolds.Lease lease = holds.hold(output, definition.name() + " " + scope)) {
            Job job = context.getBean(definition.beanName(), Job.class);
            return summarized(new JobOutcome(definition.name(), scope.toString(),
                    runs.start(job, scope, input, output, options)));
        }
    }

    JobOutcome restart(String job, String scope, Optional<Path> output) throws Exception {
        JobExecution latest = runs.latest(job, scope, output).orElseThrow(() -> new ConfigException(
                "no run of " + job + " for " + scope + output.map(o -> " into " + o).orElse("") + " to restart"));
        if (latest.getStatus() == BatchStatus.COMPLETED) {
            throw new ConfigException("the latest run of " + job + " for " + scope + " (execution " + latest.getId()
                    + ") COMPLETED; nothing to restart. Use `steward run` to run the period again.");
        }
        return restart(latest);
    }

    /** Continues a failed (or abandoned) execution from the first step that did not complete. */
    JobOutcome restart(JobExecution latest) throws Exception {
        String job = latest.getJobInstance().getJobName();
        String scope = latest.getJobParameters().getString(JobParameterNames.SCOPE);
        Path output = Path.of(latest.getJobParameters().getString(JobParameterNames.OUTPUT));
        try (OutputHolds.Lease lease = holds.hold(output, "restart of " + job + " " + scope)) {
            JobExecution failed = latest;
            if (latest.getStatus().isRunning()) {
                // We hold its output folder, so the process that started this execution is gone.
                out.println(job + " " + scope + ": execution " + latest.getId()
                        + " was left " + latest.getStatus() + " by a process that ended; marking it FAILED to restart it");
                failed = runs.recoverAbandoned(latest);
            }
            out.println(job + " " + scope + ": restarting execution " + failed.getId() + " from its first unfinished step");
            return print(summarized(new JobOutcome(job, scope, runs.restart(failed))));
        }
    }

    private static JobOutcome summarized(JobOutcome outcome) throws IOException {
        if (outcome.completed() && !outcome.job().equals(StageJobConfiguration.JOB)) {
            summarize(outcome.execution());
        }
        return outcome;
    }

    /** Prints the job's line (status, time, counts, failures). */
    JobOutcome print(JobOutcome outcome) {
        out.println(outcome.describe());
        out.flush();
        return outcome;
    }

    /** The run history the report shows: stage writes its own summary, with counts per input table. */
    private static void summarize(JobExecution execution) throws IOException {
        RunRecord run = RunRecord.of(execution);
        JobParameters parameters = execution.getJobParameters();
        ZoneId zone = ZoneId.systemDefault();
        Instant started = run.started() == null ? Instant.now() : run.started().atZone(zone).toInstant();
        Instant finished = execution.getEndTime() == null ? Instant.now() : execution.getEndTime().atZone(zone).toInstant();
        new RunSummary(run.job(), run.scope(), run.executionId(), parameters.getString(JobParameterNames.INPUT), started,
                finished, run.rowsRead(), run.rowsWritten(), run.rowsQuarantined(), run.rowsOutOfScope(), 0, List.of())
                .writeTo(new OutputLayout(Path.of(run.output())));
    }
}
