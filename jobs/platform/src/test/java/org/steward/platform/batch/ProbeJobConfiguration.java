package org.steward.platform.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A two-step job for repository tests: step one counts rows, step two fails while the file
 * {@code <output>/fail-second-step} exists, so a test can induce a failure and then a restart.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(StewardPlatformConfiguration.class)
public class ProbeJobConfiguration {

    @Bean
    public Job probeJob(JobRepository repository, PlatformTransactionManager transactions) {
        return new JobBuilder("probe", repository)
                .start(new StepBuilder("probe.count", repository).tasklet((contribution, chunk) -> {
                    chunk.getStepContext().getStepExecution().setReadCount(42);
                    return RepeatStatus.FINISHED;
                }, transactions).build())
                .next(new StepBuilder("probe.finish", repository).tasklet((contribution, chunk) -> {
                    String output = chunk.getStepContext().getStepExecution().getJobParameters()
                            .getString(JobParameterNames.OUTPUT);
                    if (Files.exists(Path.of(output, "fail-second-step"))) {
                        throw new IllegalStateException("induced failure");
                    }
                    return RepeatStatus.FINISHED;
                }, transactions).build())
                .build();
    }
}
