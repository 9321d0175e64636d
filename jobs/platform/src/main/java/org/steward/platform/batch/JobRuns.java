package org.steward.platform.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Starts, finds and restarts job executions. A `run` is always a new job instance (run.id), so a
 * completed period can be re-run and replaces its outputs; a `restart` continues the latest failed
 * instance of a job and scope from the first step that did not complete.
 */
public final class JobRuns {

    private static final int SEARCH_DEPTH = 500;
    /** run.id values: wall-clock milliseconds, made strictly increasing so two quick runs never collide. */
    private static final AtomicLong LAST_RUN_ID = new AtomicLong();

    private final JobRepository repository;
    private final JobOperator operator;

    public JobRuns(JobRepository repository, JobOperator operator) {
        this.repository = repository;
        this.operator = operator;
    }

    public JobExecution start(Job job, RunScope scope, Path input, Path output) throws Exception {
        return start(job, scope, input, output, java.util.Map.of());
    }

    /** @param options job-specific settings for this run (not identifying; a restart keeps them) */
    public JobExecution start(Job job, RunScope scope, Path input, Path output, java.util.Map<String, String> options)
            throws Exception {
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addString(JobParameterNames.SCOPE, scope.toString())
                .addString(JobParameterNames.OUTPUT, output.toAbsolutePath().normalize().toString())
                .addLong(JobParameterNames.RUN_ID, nextRunId())
                .addString(JobParameterNames.INPUT, input.toAbsolutePath().normalize().toString(), false);
        new java.util.TreeMap<>(options).forEach((name, value) -> parameters.addString(name, value, false));
        return operator.start(job, parameters.toJobParameters());
    }

    private static long nextRunId() {
        long now = System.currentTimeMillis();
        return LAST_RUN_ID.updateAndGet(last -> Math.max(last + 1, now));
    }

    /** The newest execution of {@code job} for this scope (and output folder, when given). */
    public Optional<JobExecution> latest(String job, String scope, Optional<Path> output) {
        return latest(job, scope, output, parameters -> true);
    }

    /**
     * The newest execution of {@code job} for this scope and output folder that a plan run started: the one
     * whose {@link JobParameterNames#PLAN_RUN} is {@code planRun}.
     */
    public Optional<JobExecution> latestOfPlanRun(String job, String scope, Path output, String planRun) {
        return latest(job, scope, Optional.of(output), parameters -> planRun.equals(parameters.getString(JobParameterNames.PLAN_RUN)));
    }

    private Optional<JobExecution> latest(String job, String scope, Optional<Path> output,
                                          java.util.function.Predicate<JobParameters> also) {
        Optional<String> folder = output.map(p -> p.toAbsolutePath().normalize().toString());
        for (JobInstance instance : repository.getJobInstances(job, 0, SEARCH_DEPTH)) {
            JobExecution last = repository.getLastJobExecution(instance);
            if (last == null) {
                continue;
            }
            JobParameters parameters = last.getJobParameters();
            if (scope.equals(parameters.getString(JobParameterNames.SCOPE))
                    && folder.map(f -> f.equals(parameters.getString(JobParameterNames.OUTPUT))).orElse(true)
                    && also.test(parameters)) {
                return Optional.of(last);
            }
        }
        return Optional.empty();
    }

    /**
     * Marks an execution that its process never finished (killed, machine lost) as FAILED so it can be
     * restarted. Only call this holding the run's output folder ({@link OutputHolds}): that proves nobody is running it.
     */
    public JobExecution recoverAbandoned(JobExecution execution) {
        return operator.recover(execution);
    }

    public JobExecution restart(JobExecution failed) throws Exception {
        return operator.restart(failed);
    }

    /** The most recent executions of every job, newest first. */
    public List<RunRecord> recent(int limit) {
        List<RunRecord> records = new ArrayList<>();
        for (String job : repository.getJobNames()) {
            for (JobInstance instance : repository.getJobInstances(job, 0, limit)) {
                for (JobExecution execution : repository.getJobExecutions(instance)) {
                    records.add(RunRecord.of(execution));
                }
            }
        }
        records.sort(Comparator.comparing(RunRecord::started, Comparator.nullsLast(Comparator.reverseOrder())));
        return records.subList(0, Math.min(limit, records.size()));
    }
}
