package org.steward.stage;

import java.nio.file.Path;
import org.springframework.batch.core.step.StepExecution;
import org.steward.platform.batch.StepRun;
import org.steward.platform.output.OutputLayout;

/** Where a stage step writes each table inside the run's work area. */
record StageRun(StepRun run) {

    static StageRun of(StepExecution step) {
        return new StageRun(StepRun.of(step, StageJobConfiguration.JOB));
    }

    Path stagedWork(String table) {
        return run.work().resolve("staged").resolve(table);
    }

    Path quarantineWork(String table) {
        return run.work().resolve("quarantine").resolve(table).resolve(OutputLayout.scopeDirectory(run.scope().toString()));
    }
}
