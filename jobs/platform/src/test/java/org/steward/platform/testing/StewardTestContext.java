package org.steward.platform.testing;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.steward.platform.batch.SpringProperties;
import org.steward.platform.settings.StewardSettings;

/** Starts a real Spring Boot context (real JobRepository database) the way the CLI does. */
public final class StewardTestContext {

    private StewardTestContext() {
    }

    public static ConfigurableApplicationContext start(StewardSettings settings, Class<?>... sources) {
        SpringApplication application = new SpringApplication(sources);
        application.setBannerMode(Banner.Mode.OFF);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setLogStartupInfo(false);
        application.setDefaultProperties(SpringProperties.of(settings));
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("stewardSettings", settings));
        return application.run();
    }
}
