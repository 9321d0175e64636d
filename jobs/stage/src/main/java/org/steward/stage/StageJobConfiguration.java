package org.steward.stage;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.steward.core.contract.InputContract;
import org.steward.core.contract.TableContract;
import org.steward.platform.settings.StewardSettings;

/**
 * The {@code stage} job: one step per input table ({@code stage.patients}, ...), then
 * {@code stage.publish}. A failed run restarts at the first step that did not complete.
 */
@Configuration(proxyBeanMethods = false)
public class StageJobConfiguration {

    public static final String JOB = "stage";

    @Bean
    public Job stageJob(JobRepository repository, PlatformTransactionManager transactions, StewardSettings settings) {
        SimpleJobBuilder job = null;
        for (TableContract contract : InputContract.TABLES) {
            Step step = new StepBuilder(JOB + "." + contract.table(), repository)
                    .tasklet(new StageTableTasklet(contract, settings.stage()), transactions)
                    .build();
            job = job == null ? new JobBuilder(JOB, repository).start(step) : job.next(step);
        }
        Step publish = new StepBuilder(JOB + ".publish", repository).tasklet(new PublishTasklet(), transactions).build();
        return job.next(publish).build();
    }
}
