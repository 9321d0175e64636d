package org.steward.mpi.job;

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

/**
 * The {@code mpi} job: {@code mpi.match}, then {@code mpi.publish}, which swaps each output folder
 * (patient_xref, pair_scores, review_queue, metrics) into {@code <output>/mpi/} with a rename.
 */
@Configuration(proxyBeanMethods = false)
public class MpiJobConfiguration {

    public static final String JOB = "mpi";

    @Bean
    public Job mpiJob(JobRepository repository, PlatformTransactionManager transactions, StewardSettings settings) {
        return new JobBuilder(JOB, repository)
                .start(new StepBuilder(JOB + ".match", repository)
                        .tasklet(new MatchTasklet(settings.mpi()), transactions).build())
                .next(new StepBuilder(JOB + ".publish", repository).tasklet((contribution, chunk) -> {
                    StepRun run = StepRun.of(chunk.getStepContext().getStepExecution(), JOB);
                    for (String kind : MpiOutputs.KINDS) {
                        DirectorySwap.publish(run.work().resolve(kind), run.published(JOB, kind), run.output().trash());
                    }
                    DirectorySwap.deleteTree(run.work());
                    return RepeatStatus.FINISHED;
                }, transactions).build())
                .build();
    }
}
