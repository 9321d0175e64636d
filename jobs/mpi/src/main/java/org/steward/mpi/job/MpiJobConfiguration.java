package org.steward.mpi.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.steward.platform.batch.StepRun;
import org.steward.platform.output.DirectorySwap;
import org.steward.platform.settings.StewardSettings;
import org.steward.platform.spark.SparkSessions;

/**
 * The {@code mpi} job: {@code mpi.match}, then {@code mpi.publish}, which swaps each output into
 * {@code <output>/mpi/} with a rename: snapshots (patient_xref, golden_patient, pair_scores, review_queue,
 * index) whole, history (events, metrics) one run-date partition at a time.
 */
@Configuration(proxyBeanMethods = false)
public class MpiJobConfiguration {

    public static final String JOB = "mpi";
    /** Job parameter: "true" rebuilds the index (weights estimated afresh, every pair compared). */
    public static final String FULL_REBUILD = "mpi.full";
    /** Job parameter: the run date (YYYY-MM-DD) events and metrics are filed under; default today. */
    public static final String AS_OF = org.steward.platform.batch.JobParameterNames.AS_OF;
    /** Step context entry: the candidate pairs the run compared (read by the benchmark). */
    public static final String CANDIDATE_PAIRS = "mpi.candidate_pairs";

    @Bean
    public Job mpiJob(JobRepository repository, PlatformTransactionManager transactions, StewardSettings settings,
                      SparkSessions sparkSessions) {
        return new JobBuilder(JOB, repository)
                .start(new StepBuilder(JOB + ".match", repository)
                        .tasklet(new MatchTasklet(settings.mpi(), settings.engine(), sparkSessions), transactions).build())
                .next(new StepBuilder(JOB + ".publish", repository).tasklet((contribution, chunk) -> {
                    StepRun run = StepRun.of(chunk.getStepContext().getStepExecution(), JOB);
                    DirectorySwap.publishOnce(run.work(), () -> publish(run));
                    return RepeatStatus.FINISHED;
                }, transactions).build())
                .build();
    }

    /** The index, golden records and review queue replace the old ones whole; events and metrics by partition. */
    private static void publish(StepRun run) throws IOException {
        for (String kind : MpiOutputs.SNAPSHOTS) {
            DirectorySwap.publish(run.work().resolve(kind), run.published(JOB, kind), run.output().trash());
        }
        for (String kind : MpiOutputs.HISTORY) {
            Path produced = run.work().resolve(kind);
            try (var partitions = Files.list(produced)) {
                for (Path partition : partitions.filter(Files::isDirectory).toList()) {
                    DirectorySwap.publish(partition, run.published(JOB, kind).resolve(partition.getFileName()),
                            run.output().trash());
                }
            }
        }
    }
}
