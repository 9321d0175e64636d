package org.steward.quality.judge;

import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * When a check's failure rate rises beyond what its own history explains: above the mean of its
 * trailing periods by more than {@code sigmas} standard deviations, and by at least {@code minIncrease}
 * (so a check that never failed does not alert on one stray row). Fewer than {@code minHistory}
 * trailing periods: no verdict.
 */
public record RegressionRule(int trailingPeriods, int minHistory, double sigmas, double minIncrease) {

    /** Why the current rate is a regression, or empty. {@code history} is oldest first. */
    public Optional<Regression> judge(double current, List<Double> history) {
        List<Double> trailing = history.subList(Math.max(0, history.size() - trailingPeriods), history.size());
        if (trailing.size() < minHistory) {
            return Optional.empty();
        }
        DescriptiveStatistics statistics = new DescriptiveStatistics();
        trailing.forEach(statistics::addValue);
        double mean = statistics.getMean();
        double deviation = statistics.getStandardDeviation();
        if (current - mean >= minIncrease && current > mean + sigmas * deviation) {
            return Optional.of(new Regression(current, mean, deviation, trailing.size()));
        }
        return Optional.empty();
    }

    /** The evidence for an alert. */
    public record Regression(double failureRate, double trailingMean, double trailingStandardDeviation, int periods) {
    }
}
