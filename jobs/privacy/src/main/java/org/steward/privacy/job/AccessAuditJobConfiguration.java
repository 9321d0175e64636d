package org.steward.privacy.job;

import java.util.List;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.steward.platform.batch.PeriodPublishTasklet;
import org.steward.platform.engine.SqlEngines;
import org.steward.platform.settings.StewardSettings;
import org.steward.privacy.access.AccessOutputs;

/** The {@code access-audit} job: {@code access-audit.compute} (findings by rule, cases by person), then {@code access-audit.publish}. */
@Configuration(proxyBeanMethods = false)
public class AccessAuditJobConfiguration {

    public static final String JOB = "access-audit";
    /** Job parameter: the run date (YYYY-MM-DD; default today): events after it are not read. */
    public static final String AS_OF = org.steward.platform.batch.JobParameterNames.AS_OF;

    @Bean
    public Job accessAuditJob(JobRepository repository, PlatformTransactionManager transactions, StewardSettings settings,
                              SqlEngines engines) {
        return new JobBuilder(JOB, repository)
                .start(new StepBuilder(JOB + ".compute", repository)
                        .tasklet(new AccessComputeTasklet(settings, engines), transactions).build())
                .next(new StepBuilder(JOB + ".publish", repository).tasklet(new PeriodPublishTasklet(JOB,
                        List.of(AccessOutputs.values()), AccessComputeTasklet.PERIODS), transactions).build())
                .build();
    }
}
