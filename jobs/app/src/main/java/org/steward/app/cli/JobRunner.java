package org.steward.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.steward.platform.batch.JobParameterNames;
import org.steward.platform.batch.JobRuns;
import org.steward.platform.batch.RunLock;
import org.steward.platform.batch.RunScope;
import org.steward.platform.output.OutputLayout;
import org.steward.platform.settings.ConfigException;

/** Runs and restarts jobs inside a started context, one process per job, scope and output at a time. */
final class JobRunner {

    private final ConfigurableApplicationContext context;
    private final JobRuns runs;
    private final PrintWriter out;

    JobRunner(ConfigurableApplicationContext context, PrintWriter out) {
        this.context = context;
        this.runs = context.getBean(JobRuns.class);
        this.out = out;
    }

    JobOutcome run(JobCatalog.JobDefinition definition, RunScope scope, Path input, Path output) throws Exception {
        return run(definition, scope, input, output, java.util.Map.of());
    }

    JobOutcome run(JobCatalog.JobDefinition definition, RunScope scope, Path input, Path output,
                   java.util.Map<String, String> options) throws Exception {
        OutputLayout layout = new OutputLayout(output);
        try (RunLock lock = lock(layout, definition.name(), scope.toString())) {
            Job job = context.getBean(definition.beanName(), Job.class);
            JobOutcome outcome = new JobOutcome(definition.name(), scope.toString(), runs.start(job, scope, input, output, options));
            out.println(outcome.describe());
            out.flush();
            return outcome;
        }
    }

    JobOutcome restart(String job, String scope, Optional<Path> output) throws Exception {
        JobExecution latest = runs.latest(job, scope, output).orElseThrow(() -> new ConfigException(
                "no run of " + job + " for " + scope + output.map(o -> " into " + o).orElse("") + " to restart"));
        if (latest.getStatus() == BatchStatus.COMPLETED) {
            throw new ConfigException("the latest run of " + job + " for " + scope + " (execution " + latest.getId()
                    + ") COMPLETED; nothing to restart. Use `steward run` to run the period again.");
        }
        OutputLayout layout = new OutputLayout(Path.of(latest.getJobParameters().getString(JobParameterNames.OUTPUT)));
        try (RunLock lock = lock(layout, job, scope)) {
            JobExecution failed = latest;
            if (latest.getStatus().isRunning()) {
                // We hold the run lock, so the process that started this execution is gone.
                out.println(job + " " + scope + ": execution " + latest.getId()
                        + " was left " + latest.getStatus() + " by a process that ended; marking it FAILED to restart it");
                failed = runs.recoverAbandoned(latest);
            }
            out.println(job + " " + scope + ": restarting execution " + failed.getId() + " from its first unfinished step");
            JobOutcome outcome = new JobOutcome(job, scope, runs.restart(failed));
            out.println(outcome.describe());
            out.flush();
            return outcome;
        }
    }

    private static RunLock lock(OutputLayout layout, String job, String scope) throws IOException {
        return RunLock.tryAcquire(layout.lockFile(job, scope)).orElseThrow(() -> new ConfigException(
                job + " " + scope + " is already running into " + layout.root() + " (lock " + layout.lockFile(job, scope) + ")"));
    }
}
