package org.steward.platform.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SideBySideTest {

    @Test
    void everyPieceRunsAndTheFirstFailureIsThrownAsItWas() {
        AtomicInteger ran = new AtomicInteger();
        assertThatThrownBy(() -> SideBySide.run(List.of(
                ran::incrementAndGet,
                () -> {
                    ran.incrementAndGet();
                    throw new IOException("disk full");
                },
                ran::incrementAndGet)))
                .isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(ran.get()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void workWaitingOnAFailedFutureFailsWithThatFailure() {
        CompletableFuture<String> read = CompletableFuture.failedFuture(new SQLException("no such table"));
        assertThatThrownBy(() -> SideBySide.run(List.of(read::get)))
                .isInstanceOf(SQLException.class).hasMessage("no such table");
    }

    @Test
    void allWorkIsDoneBeforeItReturns() throws Exception {
        AtomicInteger ran = new AtomicInteger();
        SideBySide.run(List.of(ran::incrementAndGet, ran::incrementAndGet, ran::incrementAndGet, ran::incrementAndGet));
        assertThat(ran.get()).isEqualTo(4);
    }

    @Test
    void theWorkSeesTheCallersClassLoaderAndAnErrorComesBackAsItIs() {
        ClassLoader caller = new ClassLoader(getClass().getClassLoader()) { };
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(caller);
        try {
            assertThatThrownBy(() -> SideBySide.run(List.of(() -> {
                if (Thread.currentThread().getContextClassLoader() == caller) {
                    throw new AssertionError("saw the caller's loader");
                }
            }), 2)).isInstanceOf(AssertionError.class).hasMessage("saw the caller's loader");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
