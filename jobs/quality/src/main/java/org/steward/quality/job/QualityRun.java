package org.steward.quality.job;

import java.nio.file.Path;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.steward.platform.batch.JobParameterNames;
import org.steward.platform.batch.RunScope;
import org.steward.platform.output.OutputLayout;

/** The parameters of one quality execution and its private work area. */
record QualityRun(OutputLayout output, RunScope scope, Path work) {

    static QualityRun of(StepExecution step) {
        JobParameters parameters = step.getJobParameters();
        OutputLayout output = new OutputLayout(Path.of(parameters.getString(JobParameterNames.OUTPUT)));
        return new QualityRun(output, RunScope.parse(parameters.getString(JobParameterNames.SCOPE)),
                output.work(QualityJobConfiguration.JOB, step.getJobExecution().getJobInstanceId()));
    }

    Path published(String kind) {
        return output.root().resolve("quality").resolve(kind);
    }
}
