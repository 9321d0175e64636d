package org.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.app.ExitCodes;
import org.steward.platform.batch.OutputHolds;
import org.steward.sampledata.GeneratorSettings;
import org.steward.sampledata.SampleDataGenerator;

/**
 * Operations' path: plans run again safely (completed jobs skipped, a failed one restarted from its failed
 * step), backfills run periods in order, and a run into a held output folder is refused before it touches it.
 */
class PlansTest {

    private static final Path HOME = Path.of("../..").toAbsolutePath().normalize();

    @TempDir
    static Path folder;

    static Path input;
    static Path config;

    @BeforeAll
    static void generateAndConfigure() throws Exception {
        System.setProperty("steward.home", HOME.toString());
        input = folder.resolve("input");
        new SampleDataGenerator().generate(new GeneratorSettings(300, 2, YearMonth.of(2025, 1), 3, 11L,
                HOME.resolve("config/reference"), 5), input);
        Path schedule = Files.writeString(folder.resolve("schedule.yml"), """
                input: %s
                plans:
                  nightly:
                    cron: "0 30 1 * * *"
                    jobs: [stage, mpi, quality]
                    period: current
                    once-per: day
                  monthly:
                    cron: "0 0 6 3 * *"
                    jobs: [casemix, roi]
                    period: previous
                    once-per: period
                  every-second:
                    cron: "* * * * * *"
                    jobs: [stage]
                    period: current
                    once-per: day
                """.formatted(input));
        String settings = Files.readString(HOME.resolve("config/steward.yml"))
                .replace("${STEWARD_HOME}/var/job-repository", folder.resolve("job-repository").toString())
                .replace("${STEWARD_HOME}/config/schedule.yml", schedule.toString())
                .replace("${STEWARD_HOME}/var/output", folder.resolve("default-output").toString());
        config = Files.writeString(folder.resolve("steward.yml"), settings);
    }

    @Test
    void aPlanRunAgainSkipsWhatItCompletedAndRestartsTheJobThatFailed() throws Exception {
        Path output = Files.createDirectories(folder.resolve("nightly"));
        // quality cannot write its outputs where a file stands: the plan stops at quality, after stage and mpi.
        Files.writeString(output.resolve("quality"), "in the way");
        CliRun first = nightly(output);
        assertThat(first.exitCode()).as(first.out() + first.err()).isEqualTo(ExitCodes.JOB_FAILED);
        assertThat(first.out()).contains("stage 2025-02: COMPLETED", "mpi 2025-02: COMPLETED", "quality 2025-02: FAILED",
                "nightly 2025-02: stopped (exit 3)");

        Files.delete(output.resolve("quality"));
        CliRun second = nightly(output);
        assertThat(second.exitCode()).as(second.out() + second.err()).isIn(ExitCodes.OK, ExitCodes.CHECKS_FAILED);
        assertThat(second.out()).contains("stage 2025-02: completed by this plan run", "mpi 2025-02: completed by this plan run",
                "quality 2025-02: restarting execution", "quality 2025-02: COMPLETED", "nightly 2025-02: done");
        assertThat(output.resolve("quality/results")).isDirectory();

        CliRun third = nightly(output);
        assertThat(third.exitCode()).isEqualTo(second.exitCode());
        assertThat(third.out()).contains("quality 2025-02: completed by this plan run").doesNotContain("COMPLETED in");

        CliRun forced = CliRun.of("run", "nightly", "--period", "2025-02", "--as-of", "2025-03-01", "--force",
                "--output", output.toString(), "--config", config.toString());
        assertThat(forced.out()).contains("stage 2025-02: COMPLETED in", "quality 2025-02: COMPLETED in");

        CliRun status = CliRun.of("status", "--config", config.toString(), "--job", "quality");
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("nightly", "quality.");
    }

    @Test
    void aBackfillRunsItsPeriodsInOrderOnceEach() throws Exception {
        Path output = folder.resolve("monthly");
        assertThat(CliRun.of("run", "stage", "--input", input.toString(), "--output", output.toString(), "--config",
                config.toString()).exitCode()).isZero();
        CliRun backfill = CliRun.of("run", "monthly", "--from", "2025-01", "--to", "2025-03", "--as-of", "2025-06-01",
                "--output", output.toString(), "--config", config.toString());
        assertThat(backfill.exitCode()).as(backfill.out() + backfill.err()).isZero();
        String out = backfill.out();
        assertThat(out.indexOf("casemix 2025-01: COMPLETED")).isPositive()
                .isLessThan(out.indexOf("casemix 2025-02: COMPLETED"));
        assertThat(out.indexOf("casemix 2025-02: COMPLETED")).isLessThan(out.indexOf("casemix 2025-03: COMPLETED"));
        assertThat(output.resolve("casemix/cmi/period=2025-03")).isDirectory();
        // An audit in a plan is of the plan's month, as of its last day, though the plan ran months later.
        for (String[] month : new String[][] {{"2025-01", "2025-01-31"}, {"2025-02", "2025-02-28"}}) {
            assertThat(auditDates(output.resolve("roi/compliance/period=" + month[0]))).containsExactly(month[1]);
        }

        CliRun again = CliRun.of("run", "monthly", "--from", "2025-01", "--to", "2025-03", "--as-of", "2025-06-09",
                "--output", output.toString(), "--config", config.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("casemix 2025-01: completed by this plan run", "casemix 2025-03: completed by this plan run")
                .doesNotContain("COMPLETED in");
    }

    @Test
    void aRunIntoAFolderAnotherRunHoldsIsRefusedBeforeItTouchesIt() throws Exception {
        Path output = folder.resolve("held");
        assertThat(CliRun.of("run", "stage", "--input", input.toString(), "--output", output.toString(), "--config",
                config.toString()).exitCode()).isZero();
        Path staged = output.resolve("staged/patients");
        FileTime before = Files.getLastModifiedTime(staged);

        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:file:" + folder.resolve("job-repository") + ";AUTO_SERVER=TRUE");
        database.setUser("sa");
        try (OutputHolds otherProcess = new OutputHolds(database, Duration.ofSeconds(60));
             OutputHolds.Lease lease = otherProcess.hold(output, "stage, mpi all")) {
            CliRun refused = CliRun.of("run", "stage", "mpi", "--input", input.toString(), "--output", output.toString(),
                    "--config", config.toString());
            assertThat(refused.exitCode()).isEqualTo(ExitCodes.OUTPUT_IN_USE);
            assertThat(refused.err()).contains("is in use by another run: stage, mpi all");
            assertThat(Files.getLastModifiedTime(staged)).isEqualTo(before);
            assertThat(CliRun.of("status", "--config", config.toString()).out()).contains("Running now:", "stage, mpi all");
        }
        CliRun after = CliRun.of("run", "stage", "--input", input.toString(), "--output", output.toString(),
                "--config", config.toString());
        assertThat(after.exitCode()).as(after.err()).isZero();
    }

    @Test
    void theSchedulerRunsAPlanAtItsCronTime() {
        CliRun list = CliRun.of("schedule", "--list", "--config", config.toString());
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("nightly", "0 30 1 * * *", "monthly", "every-second");
        CliRun typo = CliRun.of("run", "nigthly", "--config", config.toString());
        assertThat(typo.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(typo.err()).contains("unknown job or plan 'nigthly'; jobs are stage, mpi",
                "schedule.yml) are nightly, monthly, every-second");

        Path output = folder.resolve("scheduled");
        CliRun scheduled = CliRun.of("schedule", "--stop-after", "1", "--output", output.toString(), "--config", config.toString());
        assertThat(scheduled.exitCode()).as(scheduled.err()).isZero();
        assertThat(scheduled.out()).contains("every-second " + YearMonth.now(), "stopped after 1 plan run(s)");
        assertThat(output.resolve("runs/stage")).isDirectory();
    }

    private static List<String> auditDates(Path folder) throws Exception {
        return DuckRows.of("SELECT DISTINCT CAST(as_of AS VARCHAR) FROM read_parquet('" + folder + "/*.parquet')");
    }

    private static CliRun nightly(Path output) {
        return CliRun.of("run", "nightly", "--period", "2025-02", "--as-of", "2025-03-01", "--output", output.toString(),
                "--config", config.toString());
    }
}
