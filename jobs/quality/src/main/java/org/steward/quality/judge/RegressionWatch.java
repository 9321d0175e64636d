package org.steward.quality.judge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Compares each new result with the same check's history at the same facility, period by period. */
public final class RegressionWatch {

    /** A past result: enough to build a check's failure-rate history. */
    public record PastRate(String checkId, String facilityId, String period, double failureRate) {
    }

    private RegressionWatch() {
    }

    /**
     * @param past results of earlier runs for other periods, plus this run's own (a run over many periods
     *             judges each against the ones before it)
     */
    public static List<Alert> alerts(List<CheckResult> results, List<PastRate> past, RegressionRule rule) {
        Map<List<String>, List<PastRate>> histories = past.stream()
                .collect(Collectors.groupingBy(p -> List.of(p.checkId(), p.facilityId())));
        List<Alert> alerts = new ArrayList<>();
        for (CheckResult result : results) {
            if (!result.applicable()) {
                continue;
            }
            String period = result.counts().period();
            List<Double> history = histories.getOrDefault(List.of(result.check().id(), result.counts().facilityId()), List.of())
                    .stream().filter(p -> p.period().compareTo(period) < 0)
                    .sorted(Comparator.comparing(PastRate::period)).map(PastRate::failureRate).toList();
            rule.judge(result.failureRate(), history).ifPresent(r -> alerts.add(new Alert(result, r)));
        }
        return alerts;
    }
}
