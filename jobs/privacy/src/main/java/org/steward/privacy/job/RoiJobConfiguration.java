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
import org.steward.privacy.roi.RoiOutputs;

/** The {@code roi} job: {@code roi.compute} (findings, accounting of disclosures, turnaround, compliance), then {@code roi.publish}. */
@Configuration(proxyBeanMethods = false)
public class RoiJobConfiguration {

    public static final String JOB = "roi";
    /** Job parameter: the run date (YYYY-MM-DD; default today): the audit is of everything on file as of it. */
    public static final String AS_OF = org.steward.platform.batch.JobParameterNames.AS_OF;

    @Bean
    public Job roiJob(JobRepository repository, PlatformTransactionManager transactions, StewardSettings settings,
                      SqlEngines engines) {
        return new JobBuilder(JOB, repository)
                .start(new StepBuilder(JOB + ".compute", repository)
                        .tasklet(new RoiComputeTasklet(settings, engines), transactions).build())
                .next(new StepBuilder(JOB + ".publish", repository).tasklet(new PeriodPublishTasklet(JOB,
                        List.of(RoiOutputs.values()), RoiComputeTasklet.PERIODS), transactions).build())
                .build();
    }
}
