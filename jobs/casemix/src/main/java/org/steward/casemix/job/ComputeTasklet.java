package org.steward.casemix.job;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.steward.casemix.config.CasemixConfig;
import org.steward.casemix.engine.CasemixEngine;
import org.steward.casemix.engine.Overlapped;
import org.steward.casemix.reference.DrgReference;
import org.steward.core.period.Period;
import org.steward.platform.batch.StepRun;
import org.steward.platform.engine.SqlEngine;
import org.steward.platform.engine.SqlEngines;
import org.steward.platform.output.DirectorySwap;
import org.steward.platform.settings.StewardSettings;

/** Step {@code casemix.compute}: every case-mix and CDI output of the run's scope, written to the work area. */
final class ComputeTasklet implements Tasklet {

    static final String PERIODS = "casemix.periods";
    private static final Logger log = LoggerFactory.getLogger(ComputeTasklet.class);

    private final StewardSettings settings;
    private final SqlEngines engines;

    ComputeTasklet(StewardSettings settings, SqlEngines engines) {
        this.settings = settings;
        this.engines = engines;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        StepRun run = StepRun.of(step, CasemixJobConfiguration.JOB);
        DirectorySwap.clearWork(run.work());
        long loading = System.nanoTime();
        // The MS-DRG tables and CC/MCC lists are parsed on another core while the settings load and the engine starts.
        Overlapped<DrgReference> loaded = Overlapped.start(() -> DrgReference.load(settings.casemix().reference()));
        CasemixConfig config = CasemixConfig.load(settings.casemix().settings(), settings.home());
        LocalDate asOf = StepRun.asOf(step);
        CasemixEngine.Result result;
        try (SqlEngine engine = engines.open()) {
            DrgReference reference = loaded.result();
            log.debug("casemix: settings, MS-DRG reference and engine ready in {} ms", (System.nanoTime() - loading) / 1_000_000);
            result = new CasemixEngine(engine, reference, config)
                    .run(run.output(), run.scope().period().map(Period::toString), asOf, run.work());
        }
        step.getJobExecution().getExecutionContext().putString(PERIODS, String.join(",", result.periods()));
        step.setReadCount(result.discharges());
        contribution.incrementWriteCount(result.rows().values().stream().mapToLong(Long::longValue).sum());
        log.info("casemix {} as of {}: {} discharges, {} cannot be priced (listed in casemix/unpriced)", run.scope(),
                asOf, result.discharges(), result.unpriced());
        return RepeatStatus.FINISHED;
    }
}
