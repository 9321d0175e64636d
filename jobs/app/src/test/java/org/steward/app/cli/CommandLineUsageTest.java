package org.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.steward.app.ExitCodes;

/** --help everywhere and exit code 2 for every usage error, without starting Spring. */
class CommandLineUsageTest {

    private static final Path FIXTURES = Path.of("../stage/src/test/resources/fixtures").toAbsolutePath().normalize();

    @Test
    void topLevelHelpListsCommandsAndExitCodes() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("run", "demo", "status", "restart", "query", "generate", "bench")
                .contains("Exit codes:", "3  a job ran and failed",
                        "4  every job completed, but an error-severity data-quality check failed");
    }

    @Test
    void runHelpDescribesAsOfAndEngine() {
        CliRun run = CliRun.of("run", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--as-of", "mpi, quality", "--engine", "duckdb", "spark")
                .contains("JOB|PLAN", "nightly, monthly", "--from", "--to", "exits 5");
        assertThat(CliRun.of("restart", "--help").out()).contains("--engine");
    }

    @Test
    void aBadEngineExitsWithTwoListingTheChoices() {
        CliRun run = CliRun.of("run", "stage", "--input", FIXTURES.resolve("valid").toString(), "--output", "y",
                "--engine", "hadoop");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--engine hadoop: expected one of duckdb, spark");
        CliRun restart = CliRun.of("restart", "stage", "--engine", "SPARKY");
        assertThat(restart.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(restart.err()).contains("--engine SPARKY: expected one of duckdb, spark");
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "demo", "status", "restart", "query", "evaluate", "mpi", "generate", "bench", "schedule"})
    void everyCommandHasHelp(String command) {
        CliRun run = CliRun.of(command, "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: steward " + command);
    }

    @Test
    void mpiModelWithoutAModelSaysWhereItLookedAndExitsWithTwo(@TempDir Path empty) {
        assertThat(CliRun.of("mpi", "model", "--help").out()).startsWith("Usage: steward mpi model").contains("--output");
        CliRun run = CliRun.of("mpi", "model", "--output", empty.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(empty.resolve("mpi/index/model.json").toString(), "not found");
    }

    @Test
    void usageErrorsExitWithTwoAndSayWhatIsWrong() {
        assertThat(CliRun.of("run").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("frobnicate").exitCode()).isEqualTo(ExitCodes.USAGE);

        CliRun unknownJob = CliRun.of("run", "nosuchjob", "--input", "x", "--output", "y");
        assertThat(unknownJob.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknownJob.err()).contains("unknown job or plan 'nosuchjob'; jobs are stage, mpi, quality");

        CliRun badPeriod = CliRun.of("run", "stage", "--input", "x", "--output", "y", "--period", "2025-13");
        assertThat(badPeriod.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badPeriod.err()).contains("--period: period must be YYYY-MM with a month 01-12");

        CliRun missingColumn = CliRun.of("run", "stage", "--input", FIXTURES.resolve("missingColumn").toString(),
                "--output", "y");
        assertThat(missingColumn.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missingColumn.err()).contains("claims.csv: missing required columns payer_name, billed_amount");

        CliRun badConfig = CliRun.of("status", "--config", "no-such-settings.yml");
        assertThat(badConfig.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badConfig.err()).contains("no-such-settings.yml: file not found");
    }
}
