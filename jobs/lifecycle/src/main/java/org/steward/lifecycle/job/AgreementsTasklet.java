package org.steward.lifecycle.job;

import java.time.LocalDate;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.steward.core.period.Period;
import org.steward.lifecycle.config.AgreementsConfig;
import org.steward.lifecycle.engine.AgreementsEngine;
import org.steward.platform.batch.AuditDate;
import org.steward.platform.batch.StepRun;
import org.steward.platform.engine.SqlEngine;
import org.steward.platform.engine.SqlEngines;
import org.steward.platform.output.DirectorySwap;
import org.steward.platform.settings.StewardSettings;

/** Step {@code agreements.compute}: the agreement and access findings of the run date, in the work area. */
final class AgreementsTasklet implements Tasklet {

    static final String PERIODS = "agreements.periods";

    private final StewardSettings settings;
    private final SqlEngines engines;

    AgreementsTasklet(StewardSettings settings, SqlEngines engines) {
        this.settings = settings;
        this.engines = engines;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        StepRun run = StepRun.of(step, AgreementsJobConfiguration.JOB);
        DirectorySwap.clearWork(run.work());
        AgreementsConfig config = AgreementsConfig.load(settings.lifecycle().agreements(), settings.home());
        LocalDate asOf = AuditDate.of(step, AgreementsJobConfiguration.JOB);
        String period = Period.of(asOf).toString();
        AgreementsEngine.Result result;
        try (SqlEngine engine = engines.open()) {
            result = new AgreementsEngine(engine, config).run(run.output(), asOf, period, run.work());
        }
        step.getJobExecution().getExecutionContext().putString(PERIODS, result.period());
        step.setReadCount(result.agreements() + result.grants());
        contribution.incrementWriteCount(result.total());
        return RepeatStatus.FINISHED;
    }
}
