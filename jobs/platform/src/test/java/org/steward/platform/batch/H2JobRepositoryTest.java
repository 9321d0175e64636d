package org.steward.platform.batch;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.platform.testing.TestSettings;

class H2JobRepositoryTest {

    @TempDir
    Path folder;

    @Test
    void runsRerunsFailsAndRestartsOnTheDefaultH2File() throws Exception {
        JobRepositoryContract.check(TestSettings.h2(folder), folder);
    }
}
