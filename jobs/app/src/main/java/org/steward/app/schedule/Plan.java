package org.steward.app.schedule;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.scheduling.support.CronExpression;
import org.steward.core.period.Period;

/**
 * Jobs run together for one period, by hand ({@code steward run nightly}), from cron or Airflow, or at their
 * cron time by {@code steward schedule}.
 *
 * @param jobs    job names, run in the catalogue's dependency order
 * @param cron    when {@code steward schedule} starts it (Spring cron: second minute hour day month weekday)
 * @param period  which month a run on a given date covers when no --period is given
 * @param oncePer when a completed run of the plan counts as done (and running it again skips its jobs)
 */
public record Plan(String name, List<String> jobs, CronExpression cron, PeriodRule period, OncePer oncePer) {

    public Plan {
        jobs = List.copyOf(jobs);
    }

    /** The month a plan run covers, from its run date. */
    public enum PeriodRule {
        /** The month of the run date: the month being loaded (nightly). */
        CURRENT,
        /** The month before the run date: the month just closed (monthly). */
        PREVIOUS;

        public Period of(LocalDate runDate) {
            return Period.of(this == CURRENT ? runDate : runDate.minusMonths(1));
        }
    }

    /** What makes two runs of a plan the same run: a completed one is not run again. */
    public enum OncePer {
        /** Each run date (and input folder) is a new run: new extracts arrive every night. */
        DAY,
        /** Each period is one run: a closed month's figures are computed once. */
        PERIOD
    }

    /**
     * The identity of one run of this plan: its job executions carry it, so running the plan again finds what
     * it already did. Holds folder paths and dates, never data.
     */
    public String runKey(Period period, LocalDate runDate, Path input) {
        String key = name + "|" + period;
        if (oncePer == OncePer.DAY) {
            key += "|" + runDate + "|" + (input == null ? "" : input.toAbsolutePath().normalize());
        }
        return key;
    }
}
