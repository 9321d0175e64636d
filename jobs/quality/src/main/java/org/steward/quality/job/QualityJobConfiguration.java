package org.steward.quality.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.steward.platform.settings.StewardSettings;
import org.steward.platform.engine.SqlEngines;

/** The {@code quality} job: {@code quality.evaluate}, then {@code quality.publish}. */
@Configuration(proxyBeanMethods = false)
public class QualityJobConfiguration {

    public static final String JOB = "quality";
    /** Job parameter: the run date checks are judged on (YYYY-MM-DD; default today), the same name mpi uses. */
    public static final String AS_OF = org.steward.platform.batch.JobParameterNames.AS_OF;
    /** The job's exit code when an error-severity check failed (the CLI exits with 4). */
    public static final String FAILED_CHECKS = PublishTasklet.FAILED_CHECKS;

    @Bean
    public Job qualityJob(JobRepository repository, PlatformTransactionManager transactions, StewardSettings settings,
                          SqlEngines engines) {
        return new JobBuilder(JOB, repository)
                .start(new StepBuilder(JOB + ".evaluate", repository)
                        .tasklet(new EvaluateTasklet(settings.quality(), engines), transactions).build())
                .next(new StepBuilder(JOB + ".publish", repository).tasklet(new PublishTasklet(), transactions).build())
                .build();
    }
}
