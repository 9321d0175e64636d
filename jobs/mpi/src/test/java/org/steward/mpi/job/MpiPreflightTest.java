package org.steward.mpi.job;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.platform.settings.ConfigException;
import org.steward.platform.settings.StewardSettings.MpiSettings;
import org.steward.platform.testing.TestSettings;

/** The mpi job's checks before a run: each problem is a ConfigException naming the file and, where there is one, the line. */
class MpiPreflightTest {

    private static final Path MPI_YML = TestSettings.REPOSITORY_ROOT.resolve("config/mpi.yml");
    private static final String HEADER = String.join(",", DecisionsFile.HEADER) + "\n";

    @TempDir
    Path folder;

    @Test
    void validSettingsAndDecisionsPass() throws Exception {
        Path decisions = Files.writeString(folder.resolve("decisions.csv"), HEADER
                + "link,F1,M1,F2,M2,steward,2026-01-01,same person\n"
                + "separate,F1,M1,F3,M3,steward,2026-01-01,twins\n");
        assertThatCode(() -> MpiPreflight.check(new MpiSettings(MPI_YML, decisions), folder, Optional.empty()))
                .doesNotThrowAnyException();
    }

    @Test
    void aBadDecisionNamesTheFileAndLine() throws Exception {
        Path decisions = Files.writeString(folder.resolve("decisions.csv"), HEADER
                + "link,F1,M1,F2,M2,steward,2026-01-01,same person\n"
                + "merge,F1,M1,F3,M3,steward,2026-01-01,\n");
        assertThatThrownBy(() -> MpiPreflight.check(new MpiSettings(MPI_YML, decisions), null, Optional.empty()))
                .isInstanceOf(ConfigException.class)
                .hasMessage(decisions + ":3: decision must be link or separate");
    }

    @Test
    void aLinkContradictingASeparationNamesBothLinesEvenThroughOtherLinks() throws Exception {
        Path direct = Files.writeString(folder.resolve("direct.csv"), HEADER
                + "separate,F1,M1,F2,M2,steward,2026-01-01,twins\n"
                + "link,F2,M2,F1,M1,steward,2026-01-02,same person\n");
        assertThatThrownBy(() -> MpiPreflight.check(new MpiSettings(MPI_YML, direct), null, Optional.empty()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(direct + ":3: this link joins")
                .hasMessageContaining("the separate decision at " + direct + ":2 keeps apart");

        Path chained = Files.writeString(folder.resolve("chained.csv"), HEADER
                + "link,F1,M1,F2,M2,steward,2026-01-01,\n"
                + "separate,F1,M1,F3,M3,steward,2026-01-01,\n"
                + "link,F2,M2,F3,M3,steward,2026-01-01,\n");
        assertThatThrownBy(() -> MpiPreflight.check(new MpiSettings(MPI_YML, chained), null, Optional.empty()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(chained + ":4: this link joins")
                .hasMessageContaining(chained + ":3 keeps apart");
    }

    @Test
    void aMissingReferenceFileNamesItAndTheSettingsFile() throws Exception {
        Path config = Files.createDirectories(folder.resolve("config"));
        Path yml = Files.copy(MPI_YML, config.resolve("mpi.yml"));
        Path decisions = Files.writeString(folder.resolve("decisions.csv"), HEADER);
        assertThatThrownBy(() -> MpiPreflight.check(new MpiSettings(yml, decisions), null, Optional.empty()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("file not found (named in " + yml + ")");
    }

    @Test
    void aRunDatedBeforeTheIndexIsRefused() throws Exception {
        Path decisions = Files.writeString(folder.resolve("decisions.csv"), HEADER);
        Path index = Files.createDirectories(folder.resolve("out/mpi/index"));
        Files.writeString(index.resolve("state.properties"), "as_of=2026-03-01\nnext_serial=5\n");
        MpiSettings settings = new MpiSettings(MPI_YML, decisions);
        assertThatThrownBy(() -> MpiPreflight.check(settings, folder.resolve("out"), Optional.of(LocalDate.parse("2026-02-28"))))
                .isInstanceOf(ConfigException.class)
                .hasMessage(index.resolve("state.properties") + ": the index is as of 2026-03-01; a run as of 2026-02-28 "
                        + "would rewrite its history (give --as-of 2026-03-01 or later)");
        assertThatCode(() -> MpiPreflight.check(settings, folder.resolve("out"), Optional.of(LocalDate.parse("2026-03-01"))))
                .doesNotThrowAnyException();
    }
}
