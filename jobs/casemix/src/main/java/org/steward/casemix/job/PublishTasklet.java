package org.steward.casemix.job;

import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.steward.casemix.engine.CasemixOutputs;
import org.steward.platform.batch.StepRun;
import org.steward.platform.output.DirectorySwap;
import org.steward.platform.output.OutputLayout;

/**
 * Step {@code casemix.publish}: moves each output's period folders into place, one rename each; a period
 * in scope that produced no rows of an output loses its old folder, so a re-run replaces the period whole.
 */
final class PublishTasklet implements Tasklet {

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        StepRun run = StepRun.of(step, CasemixJobConfiguration.JOB);
        String periods = step.getJobExecution().getExecutionContext().getString(ComputeTasklet.PERIODS);
        List<String> published = periods.isEmpty() ? List.of() : List.of(periods.split(","));
        List<String> scope = run.scope().period().map(p -> List.of(p.toString())).orElse(published);
        for (CasemixOutputs output : CasemixOutputs.values()) {
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
