package org.steward.stage;

import java.nio.file.Path;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.steward.platform.batch.JobParameterNames;
import org.steward.platform.batch.RunScope;
import org.steward.platform.output.OutputLayout;

/** The parameters of one stage execution, and where its private work area is. */
record StageRun(Path input, OutputLayout output, RunScope scope, Path work) {

    static StageRun of(StepExecution step) {
        JobParameters parameters = step.getJobParameters();
        OutputLayout output = new OutputLayout(Path.of(parameters.getString(JobParameterNames.OUTPUT)));
        // Keyed by job instance, not execution: a restart finds the tables its failed execution finished.
        Path work = output.work(StageJobConfiguration.JOB, step.getJobExecution().getJobInstanceId());
        return new StageRun(Path.of(parameters.getString(JobParameterNames.INPUT)), output,
                RunScope.parse(parameters.getString(JobParameterNames.SCOPE)), work);
    }

    Path stagedWork(String table) {
        return work.resolve("staged").resolve(table);
    }

    Path quarantineWork(String table) {
        return work.resolve("quarantine").resolve(table).resolve(OutputLayout.scopeDirectory(scope.toString()));
    }
}
