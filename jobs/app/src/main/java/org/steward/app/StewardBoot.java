package org.steward.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
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

    /** Checks a command makes before it may start any job (the jobs' pre-flight checks). */
    @FunctionalInterface
    public interface Checks {
        void run() throws Exception;
    }

    /**
     * Starts the context while {@code checks} run on this thread. On a cold JVM both are seconds of class loading
     * (the checks load DuckDB and Spark's SQL parser to judge the rules, Spring its beans and the JobRepository), so
     * on two cores they overlap instead of adding up. The checks still decide before any job runs: when they fail,
     * the context is closed once started and their exception is thrown.
     */
    public static ConfigurableApplicationContext startWhile(StewardSettings settings, Checks checks) throws Exception {
        CompletableFuture<ConfigurableApplicationContext> context = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                context.complete(start(settings));
            } catch (Throwable e) {
                context.completeExceptionally(e);
            }
        }, "steward-boot");
        // The Boot jar's class loader, as this thread has it: the context finds its beans and resources through it.
        starter.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        starter.setDaemon(true);
        starter.start();
        try {
            checks.run();
        } catch (Exception | Error e) {
            // Closed, not abandoned: the JobRepository's file database is released before the command exits.
            try {
                context.get().close();
            } catch (ExecutionException | InterruptedException | RuntimeException ignored) {
                // The checks' failure is the one to report.
            }
            throw e;
        }
        try {
            return context.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw (Error) e.getCause();
        }
    }
}
