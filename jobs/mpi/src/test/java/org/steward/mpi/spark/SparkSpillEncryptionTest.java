package org.steward.mpi.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steward.platform.settings.SettingsLoader;
import org.steward.platform.testing.TestSettings;

/**
 * The MPI's match on Spark shuffles and spills blocking keys (SSN, phone, birth date, names) and the broadcast
 * registrations to spark.local.dir: the shipped settings have Spark encrypt them. (SparkMatchTest runs the match
 * with encryption on; SparkClusterIT runs the shipped settings on a standalone cluster.)
 */
class SparkSpillEncryptionTest {

    @Test
    void theShippedSettingsEncryptWhatSparkWritesToLocalDisks() {
        var settings = SettingsLoader.load(TestSettings.REPOSITORY_ROOT, Optional.empty());
        assertThat(settings.spark().options()).containsEntry(SparkMatch.IO_ENCRYPTION, "true");
    }
}
