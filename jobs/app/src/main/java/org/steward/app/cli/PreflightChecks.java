package org.steward.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.steward.platform.settings.StewardSettings;

/**
 * The jobs' pre-flight checks, two at a time. On a cold JVM they are mostly class loading (quality's loads Spark's
 * SQL parser and its function registry, seconds of it; the others read YAML), which the context's start overlaps
 * on the other core: one long check on the same thread as the short ones would leave that core idle once the
 * context is up. Every check still runs before any job, and the failure reported is the first in the jobs' order,
 * as when they ran one after the other.
 */
final class PreflightChecks {

    private static final int AT_ONCE = 2;

    private PreflightChecks() {
    }

    static void check(List<JobCatalog.JobDefinition> jobs, StewardSettings settings, JobCatalog.RunRequest request)
            throws Exception {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE, task -> {
            Thread thread = new Thread(task, "steward-preflight");
            // The Boot jar's class loader, as this thread has it: the checks find their classes and resources through it.
            thread.setContextClassLoader(loader);
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> checks = new ArrayList<>();
            for (JobCatalog.JobDefinition job : jobs) {
                checks.add(pool.submit(() -> job.preflight().check(settings, request)));
            }
            for (Future<?> check : checks) {
                try {
                    check.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Exception cause) {
                        throw cause;
                    }
                    throw (Error) e.getCause();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
