package org.steward.lifecycle.job;

import java.util.List;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.steward.lifecycle.engine.RetentionOutputs;
import org.steward.platform.batch.PeriodPublishTasklet;
import org.steward.platform.engine.SqlEngines;
import org.steward.platform.settings.StewardSettings;

/** The {@code retention} job: {@code retention.compute} (retention per record, disposition list, hold counts), then {@code retention.publish}. */
@Configuration(proxyBeanMethods = false)
public class RetentionJobConfiguration {

    public static final String JOB = "retention";

    @Bean
    public Job retentionJob(JobRepository repository, PlatformTransactionManager transactions, StewardSettings settings,
                            SqlEngines engines) {
        return new JobBuilder(JOB, repository)
                .start(new StepBuilder(JOB + ".compute", repository)
                        .tasklet(new RetentionTasklet(settings, engines), transactions).build())
                .next(new StepBuilder(JOB + ".publish", repository).tasklet(new PeriodPublishTasklet(JOB,
                        List.of(RetentionOutputs.values()), RetentionTasklet.PERIODS), transactions).build())
                .build();
    }
}
