package org.steward.mpi.job;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent pieces of work (a run's outputs: each has its own files and writer) on as many threads as there
 * are cores, and waits for all of them. Mostly single-threaded work one after another left a core idle.
 */
final class SideBySide {

    /** One piece of work. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    private SideBySide() {
    }

    /** @throws Exception the first failure, in the list's order (work still running then is interrupted) */
    static void run(List<Work> work) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(
                Math.max(1, Math.min(work.size(), Runtime.getRuntime().availableProcessors())));
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Work w : work) {
                running.add(threads.submit(() -> {
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
                    throw cause instanceof Exception failure ? failure : e;
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
