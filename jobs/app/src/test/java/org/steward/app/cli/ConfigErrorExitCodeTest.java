package org.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.app.ExitCodes;

/**
 * A configuration problem is exit 2 with the file (and line), found before the run starts: a restart
 * (what exit 3 asks for) cannot fix a settings file, a rule pack, reference data or a decisions file.
 */
class ConfigErrorExitCodeTest {

    private static final Path HOME = Path.of("../..").toAbsolutePath().normalize();
    private static final String DECISIONS_HEADER = "decision,facility_id_a,mrn_a,facility_id_b,mrn_b,decided_by,decided_on,note\n";

    @TempDir
    static Path folder;

    static String settings;

    @BeforeAll
    static void configure() throws Exception {
        System.setProperty("steward.home", HOME.toString());
        settings = Files.readString(HOME.resolve("config/steward.yml"))
                .replace("${STEWARD_HOME}/var/job-repository", folder.resolve("job-repository").toString());
    }

    @Test
    void aBadLineInTheDecisionsFileNamesTheFileAndLine() throws Exception {
        Path decisions = Files.writeString(folder.resolve("bad-decisions.csv"), DECISIONS_HEADER
                + "link,F1,M1,F2,M2,steward,2026-01-01,\n" + "merge,F1,M1,F3,M3,steward,2026-01-01,\n");
        CliRun run = runMpi(config("bad-decisions", "${STEWARD_HOME}/config/mpi/decisions.csv", decisions.toString()),
                folder.resolve("out-bad-decisions"));
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(decisions + ":3: decision must be link or separate");
        assertThat(run.out()).doesNotContain("mpi all:");
    }

    @Test
    void aLinkThatContradictsASeparationNamesBothLines() throws Exception {
        Path decisions = Files.writeString(folder.resolve("contradiction.csv"), DECISIONS_HEADER
                + "separate,F1,M1,F2,M2,steward,2026-01-01,twins\n" + "link,F1,M1,F2,M2,steward,2026-01-02,\n");
        CliRun run = runMpi(config("contradiction", "${STEWARD_HOME}/config/mpi/decisions.csv", decisions.toString()),
                folder.resolve("out-contradiction"));
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(decisions + ":3: this link joins", "separate decision at " + decisions + ":2");
    }

    @Test
    void aMissingMpiReferenceFileIsNamedWithTheSettingsFileThatNamesIt() throws Exception {
        Path mpiYml = Files.copy(HOME.resolve("config/mpi.yml"), Files.createDirectories(folder.resolve("lonely")).resolve("mpi.yml"));
        CliRun run = runMpi(config("no-mpi-reference", "${STEWARD_HOME}/config/mpi.yml", mpiYml.toString()),
                folder.resolve("out-no-mpi-reference"));
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(": file not found (named in " + mpiYml + ")");
    }

    @Test
    void aMissingQualityReferenceFolderStopsQualityBeforeItStarts() throws Exception {
        Path nowhere = folder.resolve("no-reference-here");
        Path config = config("no-quality-reference", "${STEWARD_HOME}/config/reference", nowhere.toString());
        CliRun run = CliRun.of("run", "quality", "--output", folder.resolve("out-quality").toString(), "--config",
                config.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(nowhere.toString());
        assertThat(run.out()).doesNotContain("quality all:");
    }

    @Test
    void aRunDatedBeforeTheIndexIsRefusedBeforeItStarts() throws Exception {
        Path output = folder.resolve("out-as-of");
        Path index = Files.createDirectories(output.resolve("mpi/index"));
        Files.writeString(index.resolve("state.properties"), "as_of=2030-01-02\nnext_serial=1\n");
        CliRun run = CliRun.of("run", "mpi", "--output", output.toString(), "--as-of", "2030-01-01", "--config",
                config("as-of", "", "").toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(index.resolve("state.properties") + ": the index is as of 2030-01-02; a run as of "
                + "2030-01-01 would rewrite its history");
    }

    @Test
    void aHeaderThatNamesAColumnTwiceStopsStageBeforeItStartsNamingFileAndColumn() throws Exception {
        Path input = Files.createDirectories(folder.resolve("repeated-column"));
        Path patients = Files.writeString(input.resolve("patients.csv"), "facility_id,mrn,first_name,middle_name,"
                + "last_name,name_suffix,sex,birth_date,ssn,address_line,city,state,zip,phone,email,Email\n"
                + "F1,M1,Ann,,Lee,,F,1971-02-03,,,,,,,ann@example.org,ann.lee@example.org\n");
        CliRun run = CliRun.of("run", "stage", "mpi", "--input", input.toString(), "--output",
                folder.resolve("out-repeated-column").toString(), "--config", config("repeated-column", "", "").toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(patients + ": the header names a column more than once: email (columns 15, 16)");
        assertThat(run.out()).doesNotContain("stage all:");
    }

    @Test
    void cdiTargetsThatDifferBetweenTheReportAndCasemixStopTheReportBeforeItStarts() throws Exception {
        Path casemix = Files.writeString(folder.resolve("casemix-85.yml"), Files.readString(HOME.resolve("config/casemix.yml"))
                .replace("response-rate: 0.90", "response-rate: 0.85"));
        CliRun run = CliRun.of("run", "report", "--period", "2025-01", "--output", folder.resolve("out-targets").toString(),
                "--config", config("cdi-targets", "${STEWARD_HOME}/config/casemix.yml", casemix.toString()).toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("headlines.cdi-response-rate.target 0.9 differs from " + casemix
                + ": cdi.targets.response-rate 0.85");
        assertThat(run.out()).doesNotContain("report 2025-01:");
    }

    @Test
    void aConfigurationProblemFoundInsideAJobExitsTwoNotThree() throws Exception {
        // Nothing staged: the pre-flight checks pass, and the mpi job itself finds the problem.
        Path output = Files.createDirectories(folder.resolve("out-nothing-staged"));
        CliRun run = runMpi(config("nothing-staged", "", ""), output);
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).contains("mpi all: FAILED", "no staged patients; run the stage job first");
    }

    private static CliRun runMpi(Path config, Path output) {
        return CliRun.of("run", "mpi", "--output", output.toString(), "--config", config.toString());
    }

    /** The test settings with one value replaced. */
    private static Path config(String name, String value, String replacement) throws Exception {
        String text = value.isEmpty() ? settings : settings.replace(value, replacement);
        assertThat(text).isNotEqualTo(value.isEmpty() ? null : settings);
        return Files.writeString(folder.resolve(name + ".yml"), text);
    }
}
