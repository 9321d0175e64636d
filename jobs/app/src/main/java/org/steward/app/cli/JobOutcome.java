package org.steward.app.cli;

import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.steward.app.ExitCodes;
import org.steward.platform.batch.RunRecord;
import org.steward.platform.settings.ConfigException;
import org.steward.quality.job.QualityJobConfiguration;
import org.steward.stage.csv.UnreadableInputException;

/** How a job execution ended, as one line for people and an exit code for schedulers. */
record JobOutcome(String job, String scope, JobExecution execution) {

    boolean completed() {
        return execution.getStatus() == BatchStatus.COMPLETED;
    }

    int exitCode() {
        if (completed()) {
            return QualityJobConfiguration.FAILED_CHECKS.equals(execution.getExitStatus().getExitCode())
                    ? ExitCodes.CHECKS_FAILED : ExitCodes.OK;
        }
        return failures().stream().anyMatch(JobOutcome::isInputOrConfigProblem) ? ExitCodes.USAGE : ExitCodes.JOB_FAILED;
    }

    String describe() {
        RunRecord run = RunRecord.of(execution);
        StringBuilder line = new StringBuilder(String.format(
                "%s %s: %s in %.1f s (execution %d): read %,d rows, wrote %,d, quarantined %,d", job, scope,
                run.status(), run.duration().toMillis() / 1000.0, run.executionId(), run.rowsRead(), run.rowsWritten(),
                run.rowsQuarantined()));
        if (run.rowsOutOfScope() > 0) {
            line.append(String.format(", %,d outside the period (left in the input)", run.rowsOutOfScope()));
        }
        if (exitCode() == ExitCodes.CHECKS_FAILED) {
            line.append(System.lineSeparator()).append("  ").append(execution.getExitStatus().getExitDescription());
        }
        for (Throwable failure : failures()) {
            line.append(System.lineSeparator()).append("  failed: ").append(rootMessage(failure));
        }
        return line.toString();
    }

    private List<Throwable> failures() {
        return execution.getAllFailureExceptions();
    }

    /**
     * An input file that cannot be parsed, or a configuration problem the pre-flight checks did not catch:
     * fixing the file is the remedy, so exit 2, not 3 ("restart continues it").
     */
    private static boolean isInputOrConfigProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnreadableInputException || t instanceof ConfigException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
