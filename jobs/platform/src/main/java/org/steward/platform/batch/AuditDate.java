package org.steward.platform.batch;

import java.time.LocalDate;
import org.springframework.batch.core.step.StepExecution;
import org.steward.core.period.Period;
import org.steward.platform.settings.ConfigException;

/**
 * The run date of an audit job (roi, access-audit, retention, agreements): it judges everything on file as of a
 * date and files its outputs under that date's month. So --period alone means "as of the period's last day" (or
 * today, inside the current month), and a --period that is not the month of --as-of is refused rather than
 * silently replacing another month's audit.
 */
public final class AuditDate {

    private AuditDate() {
    }

    /** The run date of the step's audit; its month is the period the outputs are filed under. */
    public static LocalDate of(StepExecution step, String job) {
        RunScope scope = StepRun.of(step, job).scope();
        boolean given = step.getJobParameters().getString(JobParameterNames.AS_OF) != null;
        LocalDate asOf = StepRun.asOf(step);
        if (scope.period().isEmpty()) {
            return asOf;
        }
        Period period = scope.period().get();
        if (!given) {
            asOf = latestIn(period, asOf);
        }
        if (!Period.of(asOf).equals(period)) {
            throw new ConfigException(job + ": --as-of " + asOf + " is not in --period " + period
                    + "; an audit is filed under the month of its run date");
        }
        return asOf;
    }

    /** The run date of an audit of {@code period} run on {@code runDate}: the period's last day at the latest. */
    public static LocalDate latestIn(Period period, LocalDate runDate) {
        LocalDate end = period.month().atEndOfMonth();
        return end.isBefore(runDate) ? end : runDate;
    }
}
