package org.steward.platform.batch;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.steward.platform.settings.StewardSettings;
import org.steward.platform.engine.SqlEngines;
import org.steward.platform.spark.SparkSessions;

/** Beans every job shares. {@link StewardSettings} is registered by whoever starts the context. */
@Configuration(proxyBeanMethods = false)
public class StewardPlatformConfiguration {

    @Bean
    public JobRuns jobRuns(JobRepository repository, JobOperator operator) {
        return new JobRuns(repository, operator);
    }

    @Bean(destroyMethod = "close")
    public OutputHolds outputHolds(DataSource dataSource, StewardSettings settings) {
        return new OutputHolds(dataSource, Duration.ofSeconds(settings.operations().lockExpirySeconds()));
    }

    @Bean(destroyMethod = "close")
    public SparkSessions sparkSessions(StewardSettings settings) {
        return new SparkSessions(settings.spark());
    }

    @Bean
    public SqlEngines sqlEngines(StewardSettings settings, SparkSessions sparkSessions) {
        return new SqlEngines(settings.engine(), sparkSessions);
    }
}
