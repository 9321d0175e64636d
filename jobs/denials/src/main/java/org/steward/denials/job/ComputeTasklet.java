package org.steward.denials.job;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.steward.denials.config.DenialsConfig;
import org.steward.denials.engine.DenialsEngine;
import org.steward.denials.reference.RemittanceCodes;
import org.steward.core.period.Period;
import org.steward.platform.batch.StepRun;
import org.steward.platform.engine.SqlEngine;
import org.steward.platform.engine.SqlEngines;
import org.steward.platform.output.DirectorySwap;
import org.steward.platform.settings.StewardSettings;

/** Step {@code denials.compute}: every denials output of the run's scope, written to the work area. */
final class ComputeTasklet implements Tasklet {

    static final String PERIODS = "denials.periods";
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
        StepRun run = StepRun.of(step, DenialsJobConfiguration.JOB);
        DirectorySwap.clearWork(run.work());
        DenialsConfig config = DenialsConfig.load(settings.denials().settings(), settings.home(),
                RemittanceCodes.load(settings.denials().reference()));
        LocalDate asOf = StepRun.asOf(step);
        DenialsEngine.Result result;
        try (SqlEngine engine = engines.open()) {
            result = new DenialsEngine(engine, config)
                    .run(run.output(), run.scope().period().map(Period::toString), asOf, run.work());
        }
        step.getJobExecution().getExecutionContext().putString(PERIODS, String.join(",", result.periods()));
        step.setReadCount(result.claims());
        contribution.incrementWriteCount(result.rows().values().stream().mapToLong(Long::longValue).sum());
        log.info("denials {} as of {}: {} claims, {} initially denied, {} of them for codes the mapping does not cover",
                run.scope(), asOf, result.claims(), result.denied(), result.unmapped());
        return RepeatStatus.FINISHED;
    }
}
