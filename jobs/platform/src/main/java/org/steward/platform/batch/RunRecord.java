package org.steward.platform.batch;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/**
 * One execution with its row counts summed over its steps (read, written, quarantined as write skips,
 * outside the run's period as filtered), as `steward status` and run results show it.
 *
 * @param plan  the plan run the execution belongs to ({@link JobParameterNames#PLAN_RUN}), or null
 * @param steps its steps in the order they started
 */
public record RunRecord(long executionId, String job, String scope, String status, LocalDateTime started,
                        Duration duration, long rowsRead, long rowsWritten, long rowsQuarantined,
                        long rowsOutOfScope, String output, String plan, List<StepRecord> steps) {

    /** One step of an execution: its name, status, duration and rows. */
    public record StepRecord(String name, String status, Duration duration, long rowsRead, long rowsWritten,
                             long rowsQuarantined) {

        static StepRecord of(StepExecution step) {
            return new StepRecord(step.getStepName(), step.getStatus().name(), between(step.getStartTime(), step.getEndTime()),
                    step.getReadCount(), step.getWriteCount(), step.getWriteSkipCount());
        }
    }

    public static RunRecord of(JobExecution execution) {
        long read = 0;
        long written = 0;
        long quarantined = 0;
        long outOfScope = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            read += step.getReadCount();
            written += step.getWriteCount();
            quarantined += step.getWriteSkipCount();
            outOfScope += step.getFilterCount();
        }
        List<StepRecord> steps = execution.getStepExecutions().stream()
                .sorted(java.util.Comparator.comparing(StepExecution::getId))
                .map(StepRecord::of).toList();
        JobParameters parameters = execution.getJobParameters();
        return new RunRecord(execution.getId(), execution.getJobInstance().getJobName(),
                parameters.getString(JobParameterNames.SCOPE), execution.getStatus().name(), execution.getStartTime(),
                between(execution.getStartTime(), execution.getEndTime()), read, written, quarantined, outOfScope,
                parameters.getString(JobParameterNames.OUTPUT), parameters.getString(JobParameterNames.PLAN_RUN), steps);
    }

    private static Duration between(LocalDateTime start, LocalDateTime end) {
        return start == null ? Duration.ZERO : Duration.between(start, end == null ? LocalDateTime.now() : end);
    }
}
