package org.steward.casemix.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.steward.platform.settings.ConfigException;

class OverlappedTest {

    @Test
    void theWorkDoneOnAnotherThreadComesBackAsItsResult() {
        Thread caller = Thread.currentThread();
        Overlapped<Boolean> work = Overlapped.start(() -> Thread.currentThread() != caller);
        assertThat(work.result()).isTrue();
    }

    @Test
    void theWorkFindsClassesAsTheCallerDoes() {
        ClassLoader callers = Thread.currentThread().getContextClassLoader();
        ClassLoader jobs = new ClassLoader(callers) { };
        Thread.currentThread().setContextClassLoader(jobs);
        try {
            Overlapped<ClassLoader> work = Overlapped.start(() -> Thread.currentThread().getContextClassLoader());
            assertThat(work.result()).isSameAs(jobs);
        } finally {
            Thread.currentThread().setContextClassLoader(callers);
        }
    }

    @Test
    void whatTheWorkThrowsIsThrownAsItself() {
        // A reference folder without tables must still stop the run with a configuration error (its own exit code).
        Overlapped<String> work = Overlapped.start(() -> {
            throw new ConfigException("config/reference: no MS-DRG weight tables found");
        });
        assertThatThrownBy(work::result).isInstanceOf(ConfigException.class)
                .hasMessage("config/reference: no MS-DRG weight tables found");
    }
}
