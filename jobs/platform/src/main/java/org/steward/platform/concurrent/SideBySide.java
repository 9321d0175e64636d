package org.steward.platform.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs independent pieces of work (a run's outputs, each with its own files and writer; the jobs' pre-flight checks)
 * on a few threads and waits for all of them. Mostly single-threaded work one after another left a core idle.
 */
public final class SideBySide {

    /** One piece of work. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    private SideBySide() {
    }

    /**
     * A pool of {@code count} daemon threads that find classes and resources as the calling thread does (in the Boot
     * jar, only its class loader sees the jobs' classes).
     */
    public static ExecutorService threads(int count) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(Math.max(1, count), task -> {
            Thread thread = new Thread(task, "steward-side-by-side-" + number.incrementAndGet());
            thread.setContextClassLoader(loader);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** On as many threads as there are cores (or pieces, if fewer). */
    public static void run(List<? extends Work> work) throws Exception {
        run(work, Runtime.getRuntime().availableProcessors());
    }

    /**
     * On at most {@code threads} threads.
     *
     * @throws Exception the first failure in the list's order, as it was thrown (work still running then is
     *                   interrupted); an Error is thrown as it is too
     */
    public static void run(List<? extends Work> work, int threads) throws Exception {
        ExecutorService pool = threads(Math.min(work.size(), threads));
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Work w : work) {
                running.add(pool.submit(() -> {
                    w.run();
                    return null;
                }));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    // Work that waited on other work (a Future) fails with that work's failure.
                    Throwable cause = e.getCause();
                    while (cause instanceof ExecutionException && cause.getCause() != null) {
                        cause = cause.getCause();
                    }
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw cause instanceof Exception failure ? failure : e;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
