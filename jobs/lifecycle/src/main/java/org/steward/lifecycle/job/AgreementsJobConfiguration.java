package org.steward.lifecycle.job;

import java.util.List;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.steward.lifecycle.engine.AgreementsOutputs;
import org.steward.platform.batch.PeriodPublishTasklet;
import org.steward.platform.engine.SqlEngines;
import org.steward.platform.settings.StewardSettings;

/** The {@code agreements} job: {@code agreements.compute} (agreement and vendor-access findings), then {@code agreements.publish}. */
@Configuration(proxyBeanMethods = false)
public class AgreementsJobConfiguration {

    public static final String JOB = "agreements";

    @Bean
    public Job agreementsJob(JobRepository repository, PlatformTransactionManager transactions, StewardSettings settings,
                             SqlEngines engines) {
        return new JobBuilder(JOB, repository)
                .start(new StepBuilder(JOB + ".compute", repository)
                        .tasklet(new AgreementsTasklet(settings, engines), transactions).build())
                .next(new StepBuilder(JOB + ".publish", repository).tasklet(new PeriodPublishTasklet(JOB,
                        List.of(AgreementsOutputs.values()), AgreementsTasklet.PERIODS), transactions).build())
                .build();
    }
}
