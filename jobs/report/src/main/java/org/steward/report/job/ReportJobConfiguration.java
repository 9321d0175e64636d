package org.steward.report.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.steward.platform.settings.StewardSettings;

/**
 * The {@code report} job: one step, {@code report.render}, that writes the month's governance report (HTML and
 * PDF) from the other jobs' outputs. Its files are written atomically one by one, so it needs no publish step.
 */
@Configuration(proxyBeanMethods = false)
public class ReportJobConfiguration {

    public static final String JOB = "report";

    @Bean
    public Job reportJob(JobRepository repository, PlatformTransactionManager transactions, StewardSettings settings) {
        return new JobBuilder(JOB, repository)
                .start(new StepBuilder(JOB + ".render", repository)
                        .tasklet(new RenderTasklet(settings), transactions).build())
                .build();
    }
}
