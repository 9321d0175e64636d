package org.steward.app.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.app.engine.OutputRows.query;
import static org.steward.app.engine.OutputRows.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.app.ExitCodes;
import org.steward.app.cli.StewardCommand;
import org.steward.mpi.job.MpiConfiguration;
import org.steward.platform.engine.DuckDbEngine;
import org.steward.platform.engine.PeriodOutput;
import org.steward.platform.engine.SparkSqlEngine;
import org.steward.platform.engine.SqlEngine;
import org.steward.platform.output.OutputLayout;
import org.steward.platform.testing.TestSettings;
import org.steward.privacy.access.AccessEngine;
import org.steward.privacy.access.AccessOutputs;
import org.steward.privacy.config.PrivacyConfig;
import org.steward.privacy.roi.RoiEngine;
import org.steward.privacy.roi.RoiOutputs;

/**
 * The privacy audits (roi, access-audit) on the bundled sample, staged and linked by the MPI: every output is
 * identical on DuckDB and on Spark, and the planted findings are there on both.
 */
class PrivacyEngineParityTest {

    private static final Path HOME = TestSettings.REPOSITORY_ROOT;
    // The last day of the sample: the generator's privacy truth is as of it.
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    @TempDir
    static Path folder;

    private static Path duckWork;
    private static Path sparkWork;
    private static RoiEngine.Result roiDuck;
    private static AccessEngine.Result accessDuck;

    @BeforeAll
    static void runOnBothEngines() throws Exception {
        System.setProperty("steward.home", HOME.toString());
        Path config = Files.writeString(folder.resolve("steward.yml"), Files.readString(HOME.resolve("config/steward.yml"))
                .replace("${STEWARD_HOME}/var/job-repository", folder.resolve("job-repository").toString()));
        Path output = folder.resolve("sample");
        assertThat(StewardCommand.execute("run", "stage", "--input", HOME.resolve("sample-data/sample").toString(),
                "--output", output.toString(), "--config", config.toString())).isEqualTo(ExitCodes.OK);
        assertThat(StewardCommand.execute("run", "mpi", "--output", output.toString(), "--config", config.toString(),
                "--as-of", AS_OF.toString())).isIn(ExitCodes.OK, ExitCodes.CHECKS_FAILED);
        PrivacyConfig settings = PrivacyConfig.load(HOME.resolve("config/privacy.yml"), HOME);
        MpiConfiguration mpi = MpiConfiguration.load(HOME.resolve("config/mpi.yml"));
        OutputLayout layout = new OutputLayout(output);
        duckWork = folder.resolve("duck");
        sparkWork = folder.resolve("spark");
        try (DuckDbEngine duck = new DuckDbEngine()) {
            roiDuck = new RoiEngine(duck, settings).run(layout, AS_OF, duckWork);
            accessDuck = new AccessEngine(duck, settings, mpi.tables()).run(layout, AS_OF, duckWork);
        }
        try (SqlEngine engine = new SparkSqlEngine(ParitySpark.session())) {
            new RoiEngine(engine, settings).run(layout, AS_OF, sparkWork);
            new AccessEngine(engine, settings, mpi.tables()).run(layout, AS_OF, sparkWork);
        }
    }

    @Test
    void everyOutputIsIdenticalOnBothEngines() {
        List<PeriodOutput> outputs = new ArrayList<>(List.of(RoiOutputs.values()));
        outputs.addAll(List.of(AccessOutputs.values()));
        for (PeriodOutput output : outputs) {
            List<List<Object>> duck = read(duckWork, output);
            assertThat(read(sparkWork, output)).as(output.area() + "/" + output.folder()).isEqualTo(duck);
            assertThat(duck).as(output.area() + "/" + output.folder()).isNotEmpty();
        }
        assertThat(roiDuck.rows().get(RoiOutputs.FINDINGS)).isEqualTo(read(duckWork, RoiOutputs.FINDINGS).size());
        assertThat(accessDuck.mpiLinked()).isTrue();
    }

    @Test
    void everyKindOfFindingIsOnBothEngines() {
        for (Path work : List.of(duckWork, sparkWork)) {
            assertThat(query(work, RoiOutputs.FINDINGS, "SELECT DISTINCT finding FROM t ORDER BY 1")).extracting(r -> r.get(0))
                    .containsExactly("authorization_other_patient", "expired_authorization", "invalid_authorization",
                            "late_patient_access", "missing_authorization", "revoked_authorization");
            assertThat(query(work, AccessOutputs.FINDINGS, "SELECT DISTINCT finding FROM t ORDER BY 1")).extracting(r -> r.get(0))
                    .containsExactly("family_access", "no_encounter_context", "self_access", "terminated_user",
                            "volume_anomaly");
            assertThat(query(work, AccessOutputs.FINDINGS, "SELECT DISTINCT period FROM t")).containsExactly(List.of("2025-12"));
        }
    }
}
