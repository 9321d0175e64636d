package org.steward.privacy.job;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.steward.mpi.job.MpiConfiguration;
import org.steward.platform.batch.AuditDate;
import org.steward.platform.batch.StepRun;
import org.steward.platform.engine.SqlEngine;
import org.steward.platform.engine.SqlEngines;
import org.steward.platform.output.DirectorySwap;
import org.steward.platform.settings.StewardSettings;
import org.steward.privacy.access.AccessEngine;
import org.steward.privacy.config.PrivacyConfig;

/** Step {@code access-audit.compute}: the access audit as of the run date, written to the work area. */
final class AccessComputeTasklet implements Tasklet {

    static final String PERIODS = "access-audit.periods";
    private static final Logger log = LoggerFactory.getLogger(AccessComputeTasklet.class);

    private final StewardSettings settings;
    private final SqlEngines engines;

    AccessComputeTasklet(StewardSettings settings, SqlEngines engines) {
        this.settings = settings;
        this.engines = engines;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        StepRun run = StepRun.of(step, AccessAuditJobConfiguration.JOB);
        DirectorySwap.clearWork(run.work());
        PrivacyConfig config = PrivacyConfig.load(settings.privacy().settings(), settings.home());
        MpiConfiguration mpi = MpiConfiguration.load(settings.mpi().settings());
        LocalDate asOf = AuditDate.of(step, AccessAuditJobConfiguration.JOB);
        AccessEngine.Result result;
        try (SqlEngine engine = engines.open()) {
            result = new AccessEngine(engine, config, mpi.tables()).run(run.output(), asOf, run.work());
        }
        step.getJobExecution().getExecutionContext().putString(PERIODS, result.period());
        step.setReadCount(result.events());
        contribution.incrementWriteCount(result.rows().values().stream().mapToLong(Long::longValue).sum());
        if (!result.mpiLinked()) {
            // Said in the run's record too, not only the log: cases are per facility and MRN without the MPI.
            contribution.setExitStatus(ExitStatus.COMPLETED.addExitDescription(
                    "MPI not run: persons are facility and MRN, cases are not joined across facilities"));
        }
        log.info("access-audit as of {} (period {}): {} events judged, findings by code {}", asOf, result.period(),
                result.events(), result.findings());
        return RepeatStatus.FINISHED;
    }
}
