package org.steward.denials.job;

import java.util.List;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.steward.denials.engine.DenialsOutputs;
import org.steward.platform.batch.PeriodPublishTasklet;
import org.steward.platform.engine.SqlEngines;
import org.steward.platform.settings.StewardSettings;

/** The {@code denials} job: {@code denials.compute} (claims categorised, rates, Pareto, charts, mix shift, fix list), then {@code denials.publish}. */
@Configuration(proxyBeanMethods = false)
public class DenialsJobConfiguration {

    public static final String JOB = "denials";
    /** Job parameter: the run date (YYYY-MM-DD; default today): remittances dated after it are not read. */
    public static final String AS_OF = org.steward.platform.batch.JobParameterNames.AS_OF;

    @Bean
    public Job denialsJob(JobRepository repository, PlatformTransactionManager transactions, StewardSettings settings,
                          SqlEngines engines) {
        return new JobBuilder(JOB, repository)
                .start(new StepBuilder(JOB + ".compute", repository)
                        .tasklet(new ComputeTasklet(settings, engines), transactions).build())
                .next(new StepBuilder(JOB + ".publish", repository).tasklet(new PeriodPublishTasklet(JOB, List.of(DenialsOutputs.values()), ComputeTasklet.PERIODS), transactions).build())
                .build();
    }
}
