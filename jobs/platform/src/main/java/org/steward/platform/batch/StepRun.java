package org.steward.platform.batch;

import java.nio.file.Path;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.steward.platform.output.OutputLayout;

/**
 * What a step of a Steward job works on, from its job parameters: the input and output folders, the
 * scope, and the run's private work area. The work area is keyed by job instance, not execution, so a
 * restart finds what the failed execution finished.
 */
public record StepRun(Path input, OutputLayout output, RunScope scope, Path work) {

    public static StepRun of(StepExecution step, String job) {
        JobParameters parameters = step.getJobParameters();
        OutputLayout output = new OutputLayout(Path.of(parameters.getString(JobParameterNames.OUTPUT)));
        return new StepRun(Path.of(parameters.getString(JobParameterNames.INPUT)), output,
                RunScope.parse(parameters.getString(JobParameterNames.SCOPE)),
                output.work(job, step.getJobExecution().getJobInstanceId()));
    }

    /** The run date: the {@link JobParameterNames#AS_OF} parameter when given, else today. */
    public static java.time.LocalDate asOf(StepExecution step) {
        String asOf = step.getJobParameters().getString(JobParameterNames.AS_OF);
        return asOf == null ? java.time.LocalDate.now() : java.time.LocalDate.parse(asOf);
    }

    /** A job's published outputs of one kind, e.g. {@code <output>/quality/results}. */
    public Path published(String job, String kind) {
        return output.root().resolve(job).resolve(kind);
    }
}
