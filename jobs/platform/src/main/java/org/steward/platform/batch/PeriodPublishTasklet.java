package org.steward.platform.batch;

import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.steward.platform.engine.PeriodOutput;
import org.steward.platform.output.DirectorySwap;
import org.steward.platform.output.OutputLayout;

/**
 * The publish step of a job whose outputs are {@link PeriodOutput}s: moves each output's period folders
 * from the work area into place, one rename each. A period in scope that produced no rows of an output
 * loses its old folder, so a re-run replaces the period whole; other periods are left as they are.
 */
public final class PeriodPublishTasklet implements Tasklet {

    private final String job;
    private final List<? extends PeriodOutput> outputs;
    private final String periodsKey;

    /** @param periodsKey the job execution context key under which the compute step listed its periods, comma-separated */
    public PeriodPublishTasklet(String job, List<? extends PeriodOutput> outputs, String periodsKey) {
        this.job = job;
        this.outputs = List.copyOf(outputs);
        this.periodsKey = periodsKey;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        StepRun run = StepRun.of(step, job);
        String periods = step.getJobExecution().getExecutionContext().getString(periodsKey);
        List<String> computed = periods.isEmpty() ? List.of() : List.of(periods.split(","));
        List<String> scope = run.scope().period().map(p -> List.of(p.toString())).orElse(computed);
        for (PeriodOutput output : outputs) {
            Path work = run.work().resolve(output.area()).resolve(output.folder());
            Path target = run.output().root().resolve(output.area()).resolve(output.folder());
            for (String period : scope) {
                String folder = OutputLayout.periodDirectory(period);
                DirectorySwap.publish(work.resolve(folder), target.resolve(folder), run.output().trash());
            }
        }
        DirectorySwap.deleteTree(run.work());
        return RepeatStatus.FINISHED;
    }
}
