package org.steward.quality.judge;

/** A check whose failure rate in a period rose beyond what its own history explains. */
public record Alert(CheckResult result, RegressionRule.Regression regression) {
}
