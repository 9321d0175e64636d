package org.steward.platform.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;
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
        }
    }
}
