package org.steward.casemix.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

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

    /** Starts {@code work} on another thread (the common pool's). */
    public static <T> Overlapped<T> start(Supplier<T> work) {
        return new Overlapped<>(CompletableFuture.supplyAsync(work));
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
