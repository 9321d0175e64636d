package org.steward.quality.job;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.steward.platform.batch.StepRun;
import org.steward.platform.output.DirectorySwap;
import org.steward.platform.output.OutputLayout;

/**
 * Step {@code quality.publish}: moves each period's results, failures, scores and alerts into place
 * (one rename per period folder; safe to repeat after a crash), and ends the job with exit status {@value #FAILED_CHECKS} when an
 * error-severity check failed its threshold, after every output is written.
 */
final class PublishTasklet implements Tasklet {

    static final String FAILED_CHECKS = "FAILED_CHECKS";
    private static final Logger log = LoggerFactory.getLogger(PublishTasklet.class);

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        StepRun run = StepRun.of(step, QualityJobConfiguration.JOB);
        ExecutionContext context = step.getJobExecution().getExecutionContext();
        String periods = context.getString(EvaluateTasklet.PERIODS);
        DirectorySwap.publishOnce(run.work(), () -> {
            for (String kind : QualityOutputs.KINDS) {
                for (String period : periods.isEmpty() ? List.<String>of() : List.of(periods.split(","))) {
                    String folder = OutputLayout.periodDirectory(period);
                    DirectorySwap.publish(run.work().resolve(kind).resolve(folder),
                            run.published(QualityJobConfiguration.JOB, kind).resolve(folder), run.output().trash());
                }
            }
        });
        long failed = context.getLong(EvaluateTasklet.FAILED_ERROR_CHECKS);
        if (failed > 0) {
            contribution.setExitStatus(new ExitStatus(FAILED_CHECKS,
                    failed + " error-severity check result(s) over their threshold"));
            log.warn("quality {}: {} error-severity check result(s) failed their threshold; see quality/results",
                    run.scope(), failed);
        }
        return RepeatStatus.FINISHED;
    }
}
