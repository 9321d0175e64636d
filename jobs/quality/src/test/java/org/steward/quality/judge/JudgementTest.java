package org.steward.quality.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steward.quality.engine.CheckCounts;
import org.steward.quality.rules.CheckDefinition;
import org.steward.quality.rules.Dimension;
import org.steward.quality.rules.QualityCheck;
import org.steward.quality.rules.Severity;

class JudgementTest {

    private static QualityCheck check(String id, Severity severity, double threshold, Dimension dimension) {
        return new QualityCheck(id, "claims", dimension, Optional.empty(), new CheckDefinition.PassWhen("true"),
                severity, threshold, "owner", "d", "f:1");
    }

    private static CheckResult result(QualityCheck check, String period, long checked, long failed) {
        return new CheckResult(check, new CheckCounts(check.id(), "F1", period, checked, failed, 0));
    }

    @Test
    void statusComesFromThresholdAndSeverity() {
        QualityCheck error = check("a", Severity.ERROR, 0.01, Dimension.COMPLETENESS);
        QualityCheck warn = check("b", Severity.WARN, 0.01, Dimension.COMPLETENESS);
        assertThat(result(error, "2025-01", 100, 1).status()).isEqualTo("pass");
        assertThat(result(error, "2025-01", 100, 2).status()).isEqualTo("fail");
        assertThat(result(warn, "2025-01", 100, 2).status()).isEqualTo("warn");
        assertThat(result(warn, "2025-01", 0, 0).status()).isEqualTo("not_applicable");
    }

    @Test
    void scoresAverageThePassRateOfApplicableChecksPerDimension() {
        QualityCheck a = check("a", Severity.WARN, 0, Dimension.COMPLETENESS);
        QualityCheck b = check("b", Severity.WARN, 0, Dimension.COMPLETENESS);
        QualityCheck c = check("c", Severity.WARN, 0, Dimension.PLAUSIBILITY);
        List<Scores.Score> scores = Scores.of(List.of(result(a, "2025-01", 100, 10), result(b, "2025-01", 100, 0),
                result(c, "2025-01", 0, 0)));
        assertThat(scores).hasSize(1);
        assertThat(scores.get(0).dimension()).isEqualTo("completeness");
        assertThat(scores.get(0).checks()).isEqualTo(2);
        assertThat(scores.get(0).score()).isCloseTo(95.0, within(1e-9));
    }

    @Test
    void aRiseBeyondTheCheckOwnHistoryAlertsAndNoiseDoesNot() {
        RegressionRule rule = new RegressionRule(6, 3, 3.0, 0.005);
        List<Double> steady = List.of(0.010, 0.012, 0.011, 0.009, 0.010);
        assertThat(rule.judge(0.030, steady)).isPresent();
        assertThat(rule.judge(0.013, steady)).isEmpty();
        // Too little history to judge.
        assertThat(rule.judge(0.5, List.of(0.0, 0.0))).isEmpty();
        // A check that never failed does not alert on a rise smaller than min-increase.
        assertThat(rule.judge(0.004, List.of(0.0, 0.0, 0.0, 0.0))).isEmpty();
        // Only the trailing periods count: an old bad spell does not hide today's regression.
        assertThat(rule.judge(0.05, List.of(0.5, 0.5, 0.5, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01))).isPresent();
    }

    @Test
    void eachPeriodIsJudgedAgainstTheOnesBeforeIt() {
        QualityCheck check = check("a", Severity.WARN, 0.5, Dimension.COMPLETENESS);
        List<CheckResult> results = List.of(result(check, "2025-01", 1000, 10), result(check, "2025-02", 1000, 11),
                result(check, "2025-03", 1000, 9), result(check, "2025-04", 1000, 80));
        List<RegressionWatch.PastRate> past = results.stream().map(r -> new RegressionWatch.PastRate(r.check().id(),
                r.counts().facilityId(), r.counts().period(), r.failureRate())).toList();
        List<Alert> alerts = RegressionWatch.alerts(results, past, new RegressionRule(6, 3, 3.0, 0.005));
        assertThat(alerts).extracting(a -> a.result().counts().period()).containsExactly("2025-04");
        assertThat(alerts.get(0).regression().trailingMean()).isCloseTo(0.010, within(1e-9));
    }
}
