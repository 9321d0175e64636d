package org.steward.casemix.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import org.steward.platform.concurrent.SideBySide;

/**
 * Java work of a run that does not touch the engine (parsing reference files, the statistics on small aggregated
 * tables), done on another core while the engine works, as if it had been done in line: its result, or the
 * exception it threw.
 */
public final class Overlapped<T> {

    private final CompletableFuture<T> work;

    private Overlapped(CompletableFuture<T> work) {
        this.work = work;
    }

    /**
     * Starts {@code work} on a thread of its own that finds classes as the caller does ({@link SideBySide#threads}):
     * the common pool's threads do not see the Boot jar's classes.
     */
    public static <T> Overlapped<T> start(Supplier<T> work) {
        ExecutorService thread = SideBySide.threads(1);
        try {
            return new Overlapped<>(CompletableFuture.supplyAsync(work, thread));
        } finally {
            // The work already submitted still runs; the thread ends with it.
            thread.shutdown();
        }
    }

    /** Waits for the work; rethrows what it threw (a {@code ConfigException} stays one, for its exit code). */
    public T result() {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
