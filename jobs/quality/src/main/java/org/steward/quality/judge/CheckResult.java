package org.steward.quality.judge;

import org.steward.quality.engine.CheckCounts;
import org.steward.quality.rules.QualityCheck;
import org.steward.quality.rules.Severity;

/**
 * A check's verdict for one facility and period. Status follows the OHDSI Data Quality Dashboard:
 * {@code not_applicable} when no row could be checked, else {@code pass} when the failure rate is
 * within the threshold, else {@code fail} for error-severity checks and {@code warn} for the rest.
 */
public record CheckResult(QualityCheck check, CheckCounts counts) {

    public double failureRate() {
        return counts.rowsChecked() == 0 ? 0.0 : (double) counts.rowsFailed() / counts.rowsChecked();
    }

    public boolean applicable() {
        return counts.rowsChecked() > 0;
    }

    public String status() {
        if (!applicable()) {
            return "not_applicable";
        }
        if (failureRate() <= check.threshold()) {
            return "pass";
        }
        return check.severity() == Severity.ERROR ? "fail" : "warn";
    }
}
