package org.steward.platform.batch;

import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/**
 * One execution with its row counts summed over its steps (read, written, quarantined as write skips,
 * outside the run's period as filtered), as `steward status` and run results show it.
 */
public record RunRecord(long executionId, String job, String scope, String status, LocalDateTime started,
                        Duration duration, long rowsRead, long rowsWritten, long rowsQuarantined,
                        long rowsOutOfScope, String output) {

    public static RunRecord of(JobExecution execution) {
        LocalDateTime start = execution.getStartTime();
        LocalDateTime end = execution.getEndTime();
        Duration duration = start == null ? Duration.ZERO
                : Duration.between(start, end == null ? LocalDateTime.now() : end);
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
        JobParameters parameters = execution.getJobParameters();
        return new RunRecord(execution.getId(), execution.getJobInstance().getJobName(),
                parameters.getString(JobParameterNames.SCOPE), execution.getStatus().name(), start, duration, read,
                written, quarantined, outOfScope, parameters.getString(JobParameterNames.OUTPUT));
    }
}
