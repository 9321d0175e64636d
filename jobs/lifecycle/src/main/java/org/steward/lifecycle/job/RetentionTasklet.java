package org.steward.lifecycle.job;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.steward.core.period.Period;
import org.steward.lifecycle.config.RetentionConfig;
import org.steward.lifecycle.core.RetentionPolicy;
import org.steward.lifecycle.engine.RetentionEngine;
import org.steward.platform.batch.AuditDate;
import org.steward.platform.batch.StepRun;
import org.steward.platform.engine.SqlEngine;
import org.steward.platform.engine.SqlEngines;
import org.steward.platform.output.DirectorySwap;
import org.steward.platform.settings.StewardSettings;

/** Step {@code retention.compute}: every record's retention, the disposition list and the hold counts, in the work area. */
final class RetentionTasklet implements Tasklet {

    static final String PERIODS = "retention.periods";
    private static final Logger log = LoggerFactory.getLogger(RetentionTasklet.class);

    private final StewardSettings settings;
    private final SqlEngines engines;

    RetentionTasklet(StewardSettings settings, SqlEngines engines) {
        this.settings = settings;
        this.engines = engines;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        StepRun run = StepRun.of(step, RetentionJobConfiguration.JOB);
        DirectorySwap.clearWork(run.work());
        RetentionPolicy policy = RetentionConfig.load(settings.lifecycle().retention(), settings.home());
        LocalDate asOf = AuditDate.of(step, RetentionJobConfiguration.JOB);
        String period = Period.of(asOf).toString();
        RetentionEngine.Result result;
        try (SqlEngine engine = engines.open()) {
            result = new RetentionEngine(engine, policy).run(run.output(), asOf, period, run.work());
        }
        step.getJobExecution().getExecutionContext().putString(PERIODS, result.period());
        step.setReadCount(result.records());
        contribution.incrementWriteCount(result.rows().values().stream().mapToLong(Long::longValue).sum());
        log.info("retention as of {} (period {}): {} records, {} eligible, {} held{}", asOf, period,
                result.records(), result.eligible(), result.held(), result.mpi() ? "" : " (MPI not run: no cross-state links)");
        return RepeatStatus.FINISHED;
    }
}
