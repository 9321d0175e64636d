package org.steward.casemix.job;

import java.util.List;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.steward.casemix.engine.CasemixOutputs;
import org.steward.platform.batch.PeriodPublishTasklet;
import org.steward.platform.engine.SqlEngines;
import org.steward.platform.settings.StewardSettings;

/** The {@code casemix} job: {@code casemix.compute} (CMI, CC/MCC capture, CDI rates), then {@code casemix.publish}. */
@Configuration(proxyBeanMethods = false)
public class CasemixJobConfiguration {

    public static final String JOB = "casemix";
    /** Job parameter: the run date (YYYY-MM-DD; default today) that decides pending CDI queries and future discharges. */
    public static final String AS_OF = org.steward.platform.batch.JobParameterNames.AS_OF;

    @Bean
    public Job casemixJob(JobRepository repository, PlatformTransactionManager transactions, StewardSettings settings,
                          SqlEngines engines) {
        return new JobBuilder(JOB, repository)
                .start(new StepBuilder(JOB + ".compute", repository)
                        .tasklet(new ComputeTasklet(settings, engines), transactions).build())
                .next(new StepBuilder(JOB + ".publish", repository).tasklet(new PeriodPublishTasklet(JOB, List.of(CasemixOutputs.values()), ComputeTasklet.PERIODS), transactions).build())
                .build();
    }
}
