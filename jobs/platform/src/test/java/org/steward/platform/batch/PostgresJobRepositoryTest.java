package org.steward.platform.batch;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.platform.settings.StewardSettings.JobRepositorySettings;
import org.steward.platform.testing.PostgresServer;
import org.steward.platform.testing.TestSettings;

/**
 * The same contract against a real PostgreSQL server. CI (CI=true) always runs it; a developer machine
 * without PostgreSQL server binaries skips it with a note.
 */
class PostgresJobRepositoryTest {

    @TempDir
    Path folder;

    @Test
    void runsRerunsFailsAndRestartsOnPostgres() throws Exception {
        Optional<Path> binaries = PostgresServer.findBinaries();
        if (binaries.isEmpty() && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must test PostgreSQL: install Debian's postgresql package (.ci/run does)");
        }
        assumeThat(binaries).as("PostgreSQL server binaries (apt-get install postgresql)").isPresent();
        try (PostgresServer server = PostgresServer.start(binaries.get())) {
            JobRepositoryContract.check(TestSettings.with(folder,
                    new JobRepositorySettings(server.jdbcUrl(), "postgres", "")), folder);
        }
    }
}
