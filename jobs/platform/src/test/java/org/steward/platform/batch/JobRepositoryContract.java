package org.steward.platform.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import javax.sql.DataSource;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.steward.platform.settings.StewardSettings;
import org.steward.platform.testing.StewardTestContext;

/** What every JobRepository database must do for Steward: run, re-run, fail, restart, report. */
final class JobRepositoryContract {

    private JobRepositoryContract() {
    }

    static void check(StewardSettings settings, Path output) throws Exception {
        try (ConfigurableApplicationContext context = StewardTestContext.start(settings, ProbeJobConfiguration.class)) {
            JobRuns runs = context.getBean(JobRuns.class);
            Job job = context.getBean("probeJob", Job.class);
            RunScope march = RunScope.parse("2025-03");

            JobExecution first = runs.start(job, march, output, output);
            assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            // A completed period runs again as a new instance instead of failing as "already complete".
            JobExecution again = runs.start(job, march, output, output);
            assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(again.getJobInstanceId()).isNotEqualTo(first.getJobInstanceId());

            Files.createFile(output.resolve("fail-second-step"));
            JobExecution failed = runs.start(job, march, output, output);
            assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(runs.latest("probe", "2025-03", Optional.of(output))).get()
                    .extracting(JobExecution::getId).isEqualTo(failed.getId());

            Files.delete(output.resolve("fail-second-step"));
            JobExecution restarted = runs.restart(failed);
            assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(restarted.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
            // Only the step that had failed ran again.
            assertThat(restarted.getStepExecutions()).extracting(StepExecution::getStepName).containsExactly("probe.finish");

            List<RunRecord> recent = runs.recent(10);
            assertThat(recent).hasSize(4);
            assertThat(recent.get(0).executionId()).isEqualTo(restarted.getId());
            assertThat(recent).extracting(RunRecord::scope).containsOnly("2025-03");
            assertThat(recent).extracting(RunRecord::status).containsExactly("COMPLETED", "FAILED", "COMPLETED", "COMPLETED");
            assertThat(recent.get(3).rowsRead()).isEqualTo(42);
            assertThat(recent.get(0).steps()).extracting(RunRecord.StepRecord::name).containsExactly("probe.finish");

            checkOutputHolds(context.getBean(OutputHolds.class), context.getBean(DataSource.class), output);
        }
    }

    /** Holds live in the same database, so two processes (here: two holders) see each other's. */
    private static void checkOutputHolds(OutputHolds ours, DataSource database, Path output) throws Exception {
        try (OutputHolds other = new OutputHolds(database, Duration.ofSeconds(60))) {
            OutputHolds.Lease lease = ours.hold(output, "probe 2025-03");
            OutputHolds.Lease again = ours.hold(output, "probe 2025-03, reentrant");
            assertThatThrownBy(() -> other.hold(output, "second run"))
                    .isInstanceOf(OutputHolds.OutputInUseException.class)
                    .hasMessageContaining("is in use by another run: probe 2025-03");
            again.close();
            assertThatThrownBy(() -> other.hold(output, "second run")).isInstanceOf(OutputHolds.OutputInUseException.class);
            lease.close();
            other.hold(output, "second run").close();

            // A holder on this machine whose process ended is gone at once; one elsewhere, once it stops renewing.
            JdbcTemplate jdbc = new JdbcTemplate(database);
            Process ended = new ProcessBuilder("true").start();
            ended.waitFor();
            insertHold(jdbc, output, java.net.InetAddress.getLocalHost().getHostName(), ended.pid(), Duration.ZERO);
            other.hold(output, "after a killed run").close();
            insertHold(jdbc, output, "elsewhere", 1, Duration.ofSeconds(30));
            assertThatThrownBy(() -> other.hold(output, "second run")).isInstanceOf(OutputHolds.OutputInUseException.class)
                    .hasMessageContaining("host elsewhere");
            jdbc.update("DELETE FROM steward_output_hold");
            insertHold(jdbc, output, "elsewhere", 1, Duration.ofSeconds(600));
            other.hold(output, "after a lost machine").close();
            assertThat(other.current()).isEmpty();
        }
    }

    private static void insertHold(JdbcTemplate jdbc, Path output, String host, long pid, Duration silentFor) {
        Timestamp renewed = new Timestamp(System.currentTimeMillis() - silentFor.toMillis());
        jdbc.update("INSERT INTO steward_output_hold (output_folder, holder, host, pid, purpose, acquired_at, renewed_at) "
                + "VALUES (?, 'another', ?, ?, 'a run', ?, ?)", output.toAbsolutePath().normalize().toString(), host, pid,
                renewed, renewed);
    }
}
