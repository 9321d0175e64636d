package org.steward.app;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.steward.platform.batch.SpringProperties;
import org.steward.platform.settings.StewardSettings;

/**
 * The Spring context that holds the JobRepository and every job. Started only by commands that run
 * or inspect jobs, so --help, query and generate answer at once.
 */
@SpringBootApplication(scanBasePackages = "org.steward")
public class StewardBoot {

    public static ConfigurableApplicationContext start(StewardSettings settings) {
        SpringApplication application = new SpringApplication(StewardBoot.class);
        application.setBannerMode(Banner.Mode.OFF);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setLogStartupInfo(false);
        application.setDefaultProperties(SpringProperties.of(settings));
        application.addInitializers(context ->
                context.getBeanFactory().registerSingleton("stewardSettings", settings));
        return application.run();
    }
}
