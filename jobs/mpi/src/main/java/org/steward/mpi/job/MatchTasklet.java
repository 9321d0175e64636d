package org.steward.mpi.job;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.steward.mpi.core.MatchPipeline;
import org.steward.mpi.core.MatchResult;
import org.steward.mpi.core.PatientRecord;
import org.steward.mpi.core.weights.MatchWeights;
import org.steward.platform.batch.StepRun;
import org.steward.platform.output.DirectorySwap;
import org.steward.platform.settings.StewardSettings.MpiSettings;

/**
 * Step {@code mpi.match}: matches every staged registration with the plain-Java core (one JVM) and
 * writes the index to the run's work area. Logs counts and timings, never identities.
 */
final class MatchTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(MatchTasklet.class);

    private final MpiSettings settings;

    MatchTasklet(MpiSettings settings) {
        this.settings = settings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        StepRun run = StepRun.of(step, MpiJobConfiguration.JOB);
        DirectorySwap.deleteTree(run.work());
        MpiConfiguration configuration = MpiConfiguration.load(settings.settings());
        List<PatientRecord> records = StagedPatients.read(run.output());
        MatchResult result = new MatchPipeline(configuration.settings(), configuration.tables()).run(records, LocalDate.now());
        String[] enterpriseIds = EnterpriseIds.assign(records, result.clustering().clusterOf());
        List<IdentityMetrics> metrics = IdentityMetrics.of(records, enterpriseIds, result.reviewQueue());
        MpiOutputs.write(run.work(), records, result, enterpriseIds,
                MatchWeights.logOdds(configuration.settings().cluster().autoLinkProbability()), metrics);
        step.setReadCount(records.size());
        contribution.incrementWriteCount(records.size());
        IdentityMetrics all = metrics.get(metrics.size() - 1);
        log.info("mpi: {} registrations, {} candidate pairs, {} persons, {} review items; duplicate rate {}%, "
                        + "cross-facility overlap {}%; stage timings (ms) {}", records.size(), result.candidates().size(),
                all.persons(), result.reviewQueue().size(), String.format("%.2f", 100 * all.duplicateRate()),
                String.format("%.2f", 100 * all.overlapRate()), result.stageMillis());
        return RepeatStatus.FINISHED;
    }
}
