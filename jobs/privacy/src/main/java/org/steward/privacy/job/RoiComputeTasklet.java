package org.steward.privacy.job;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.steward.platform.batch.AuditDate;
import org.steward.platform.batch.StepRun;
import org.steward.platform.engine.SqlEngine;
import org.steward.platform.engine.SqlEngines;
import org.steward.platform.output.DirectorySwap;
import org.steward.platform.settings.StewardSettings;
import org.steward.privacy.config.PrivacyConfig;
import org.steward.privacy.roi.RoiEngine;

/** Step {@code roi.compute}: the release-of-information audit as of the run date, written to the work area. */
final class RoiComputeTasklet implements Tasklet {

    static final String PERIODS = "roi.periods";
    private static final Logger log = LoggerFactory.getLogger(RoiComputeTasklet.class);

    private final StewardSettings settings;
    private final SqlEngines engines;

    RoiComputeTasklet(StewardSettings settings, SqlEngines engines) {
        this.settings = settings;
        this.engines = engines;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        StepRun run = StepRun.of(step, RoiJobConfiguration.JOB);
        DirectorySwap.clearWork(run.work());
        PrivacyConfig config = PrivacyConfig.load(settings.privacy().settings(), settings.home());
        LocalDate asOf = AuditDate.of(step, RoiJobConfiguration.JOB);
        RoiEngine.Result result;
        try (SqlEngine engine = engines.open()) {
            result = new RoiEngine(engine, config).run(run.output(), asOf, run.work());
        }
        step.getJobExecution().getExecutionContext().putString(PERIODS, result.period());
        step.setReadCount(result.requests());
        contribution.incrementWriteCount(result.rows().values().stream().mapToLong(Long::longValue).sum());
        log.info("roi as of {} (period {}): {} requests judged, findings by code {}", asOf, result.period(),
                result.requests(), result.findings());
        return RepeatStatus.FINISHED;
    }
}
