package org.steward.platform.batch;

import java.util.LinkedHashMap;
import java.util.Map;
import org.steward.platform.settings.StewardSettings;

/** The Spring Boot properties a Steward context runs with, derived from {@link StewardSettings}. */
public final class SpringProperties {

    private SpringProperties() {
    }

    public static Map<String, Object> of(StewardSettings settings) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", settings.jobRepository().url());
        properties.put("spring.datasource.username", settings.jobRepository().username());
        properties.put("spring.datasource.password", settings.jobRepository().password());
        // Jobs are launched by the CLI with explicit parameters, never automatically at start-up.
        properties.put("spring.batch.job.enabled", "false");
        // Creates the Batch tables on first use (H2 file or PostgreSQL); existing tables are left alone.
        properties.put("spring.batch.jdbc.initialize-schema", "always");
        return properties;
    }
}
