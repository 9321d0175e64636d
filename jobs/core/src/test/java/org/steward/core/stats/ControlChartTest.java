package org.steward.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.steward.core.stats.ControlChart.ControlPoint;

class ControlChartTest {

    private static final double EXACT = 1e-12;

    private static List<Double> series(double... values) {
        return DoubleStream.of(values).boxed().toList();
    }

    /** Index of each point that signals, and its signal. */
    private static Map<Integer, String> signals(List<ControlPoint> points) {
        Map<Integer, String> signals = new TreeMap<>();
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).signal() != null) {
                signals.put(i, points.get(i).signal());
            }
        }
        return signals;
    }

    @Test
    void individualsLimitsAreTheMeanPlusOrMinusThreeMovingRangeSigmas() {
        // Mean 3; moving ranges 2, 1, 2, 1, mean 1.5; sigma 1.5 / 1.128; limits 3 -/+ 4.5 / 1.128.
        List<ControlPoint> points = ControlChart.individuals(series(1, 3, 2, 4, 5));
        assertThat(points).hasSize(5);
        for (ControlPoint p : points) {
            assertThat(p.center()).isCloseTo(3.0, within(EXACT));
            assertThat(p.upper()).isCloseTo(3 + 4.5 / 1.128, within(EXACT));
            assertThat(p.lower()).isCloseTo(3 - 4.5 / 1.128, within(EXACT));
            assertThat(p.upper()).isCloseTo(6.98936170212766, within(1e-12));
            assertThat(p.signal()).isNull();
        }
        assertThat(points).extracting(ControlPoint::value).containsExactly(1.0, 3.0, 2.0, 4.0, 5.0);
    }

    @Test
    void aShiftFlagsTheEighthPointOnEachSideOfTheCenterLine() {
        double[] low = {1.00, 1.02, 0.98, 1.01, 0.99, 1.00, 1.02, 0.98, 1.01, 0.99};
        double[] values = new double[20];
        for (int i = 0; i < 10; i++) {
            values[i] = low[i];
            values[10 + i] = low[i] + 0.06;
        }
        List<ControlPoint> points = ControlChart.individuals(series(values));
        // Center 1.03, limits about 0.956 and 1.104: no breach, but ten below then ten above.
        assertThat(points.get(0).center()).isCloseTo(1.03, within(1e-9));
        assertThat(points.get(0).lower()).isCloseTo(0.9558118701007836, within(1e-9));
        assertThat(points.get(0).upper()).isCloseTo(1.104188129899216, within(1e-9));
        assertThat(signals(points)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                7, "run_of_8", 8, "run_of_8", 9, "run_of_8", 17, "run_of_8", 18, "run_of_8", 19, "run_of_8")));
    }

    @Test
    void aSpikeIsAboveTheUpperLimit() {
        // Center 1.202; moving ranges sum to 4.62 over 9; upper 1.202 + 3 x (4.62 / 9) / 1.128 = 2.567.
        List<ControlPoint> points = ControlChart.individuals(series(1, 1.1, 0.9, 1, 1.05, 0.95, 1, 3, 1, 1.02));
        assertThat(points.get(0).upper()).isCloseTo(1.202 + 3 * (4.62 / 9) / 1.128, within(1e-9));
        assertThat(signals(points)).containsExactlyEntriesOf(Map.of(7, "above_upper_limit"));
    }

    @Test
    void aDipIsBelowTheLowerLimit() {
        List<ControlPoint> points = ControlChart.individuals(series(10, 10.1, 9.9, 10, 10.05, 9.95, 10, 8, 10, 10.02));
        assertThat(signals(points)).containsExactlyEntriesOf(Map.of(7, "below_lower_limit"));
    }

    @Test
    void aLimitBreachTakesPrecedenceOverARun() {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            values.addAll(series(1.00, 1.01, 0.99));
        }
        for (int i = 0; i < 4; i++) {
            values.addAll(series(1.10, 1.11));
        }
        values.add(1.60);
        // Center 1.0686, upper 1.1776: twelve below, eight above, then a breach that is also the ninth above.
        Map<Integer, String> expected = new TreeMap<>();
        for (int i = 7; i <= 11; i++) {
            expected.put(i, "run_of_8");
        }
        expected.put(19, "run_of_8");
        expected.put(20, "above_upper_limit");
        assertThat(signals(ControlChart.individuals(values))).containsExactlyEntriesOf(expected);
    }

    @Test
    void aPointOnTheCenterLineEndsARun() {
        // Mean exactly 1 (binary fractions): seven above, one on the line, seven above, eight below.
        // Only the eighth below signals; limits about 0.658 and 1.342 are never breached.
        double[] above = {1.0625, 1.1875, 1.0625, 1.1875, 1.0625, 1.1875, 1.0625};
        double[] values = new double[23];
        System.arraycopy(above, 0, values, 0, 7);
        values[7] = 1.0;
        System.arraycopy(above, 0, values, 8, 7);
        for (int i = 15; i < 23; i++) {
            values[i] = i % 2 == 1 ? 0.734375 : 0.859375;
        }
        List<ControlPoint> points = ControlChart.individuals(series(values));
        assertThat(points.get(0).center()).isEqualTo(1.0);
        assertThat(signals(points)).containsOnlyKeys(22).containsValue("run_of_8");
    }

    @Test
    void fewerThanTwoPointsHaveNoLimitsAndNoSignals() {
        assertThat(ControlChart.individuals(List.of())).isEmpty();
        List<ControlPoint> one = ControlChart.individuals(series(1.2));
        assertThat(one).containsExactly(new ControlPoint(1.2, 1.2, Double.NaN, Double.NaN, null));
        List<ControlPoint> flat = ControlChart.individuals(series(1.2, 1.2, 1.2));
        assertThat(flat).allSatisfy(p -> assertThat(p.lower()).isEqualTo(p.upper()).isCloseTo(1.2, within(EXACT)));
        assertThat(signals(flat)).isEmpty();
        assertThatThrownBy(() -> ControlChart.individuals(series(1, Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void proportionLimitsFollowEachMonthsDenominator() {
        // p-bar = 50 / 1000 = 0.05; n = 100: sigma sqrt(0.0475 / 100), lower clamped to 0; n = 900: narrower.
        List<ControlPoint> points = ControlChart.proportions(List.of(new long[] {5, 100}, new long[] {45, 900}));
        ControlPoint small = points.get(0);
        ControlPoint large = points.get(1);
        assertThat(small.value()).isCloseTo(0.05, within(EXACT));
        assertThat(small.center()).isCloseTo(0.05, within(EXACT));
        assertThat(small.upper()).isCloseTo(0.05 + 3 * Math.sqrt(0.0475 / 100), within(EXACT));
        assertThat(small.lower()).isZero();
        assertThat(large.upper()).isCloseTo(0.05 + 3 * Math.sqrt(0.0475 / 900), within(EXACT));
        assertThat(large.lower()).isCloseTo(0.05 - 3 * Math.sqrt(0.0475 / 900), within(EXACT));
        assertThat(small.upper() - small.center()).isGreaterThan(large.upper() - large.center());

        List<ControlPoint> varying = ControlChart.proportions(
                List.of(new long[] {10, 100}, new long[] {50, 1000}, new long[] {1, 10}));
        assertThat(varying.get(2).upper()).isGreaterThan(varying.get(0).upper());
        assertThat(varying.get(0).upper()).isGreaterThan(varying.get(1).upper());
        assertThat(varying.get(1).lower()).isGreaterThan(varying.get(0).lower());
    }

    @Test
    void proportionLimitsStayWithinZeroAndOne() {
        List<ControlPoint> points = ControlChart.proportions(List.of(new long[] {9, 10}, new long[] {10, 10}));
        assertThat(points).allSatisfy(p -> {
            assertThat(p.upper()).isLessThanOrEqualTo(1.0);
            assertThat(p.lower()).isGreaterThanOrEqualTo(0.0);
        });
        assertThat(points.get(1).upper()).isEqualTo(1.0);
        assertThat(signals(points)).isEmpty();
    }

    @Test
    void aProportionSpikeAndARunSignal() {
        List<long[]> months = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            months.add(new long[] {5, 100});
        }
        months.add(new long[] {30, 100});
        // p-bar 75 / 1000; upper 0.075 + 3 sqrt(0.075 x 0.925 / 100) = 0.154; nine months below the line.
        assertThat(signals(ControlChart.proportions(months))).containsExactlyEntriesOf(
                new TreeMap<>(Map.of(7, "run_of_8", 8, "run_of_8", 9, "above_upper_limit")));
    }

    @Test
    void aMonthWithoutADenominatorHasNoValueAndEndsARun() {
        List<long[]> months = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            months.add(new long[] {5, 100});
        }
        months.add(new long[] {0, 0});
        for (int i = 0; i < 7; i++) {
            months.add(new long[] {5, 100});
        }
        months.add(new long[] {40, 100});
        List<ControlPoint> points = ControlChart.proportions(months);
        ControlPoint empty = points.get(7);
        assertThat(empty.value()).isNaN();
        assertThat(empty.lower()).isNaN();
        assertThat(empty.upper()).isNaN();
        assertThat(empty.signal()).isNull();
        assertThat(empty.center()).isCloseTo(110.0 / 1500, within(EXACT));
        assertThat(signals(points)).containsExactlyEntriesOf(Map.of(15, "above_upper_limit"));
    }

    @Test
    void proportionsWithFewerThanTwoDenominatorsHaveNoLimits() {
        List<ControlPoint> points = ControlChart.proportions(List.of(new long[] {1, 4}, new long[] {0, 0}));
        assertThat(points.get(0).value()).isEqualTo(0.25);
        assertThat(points.get(0).center()).isEqualTo(0.25);
        assertThat(points).allSatisfy(p -> {
            assertThat(p.lower()).isNaN();
            assertThat(p.signal()).isNull();
        });
        assertThat(ControlChart.proportions(List.of())).isEmpty();
        assertThat(ControlChart.proportions(List.<long[]>of(new long[] {0, 0}, new long[] {0, 0})))
                .allSatisfy(p -> assertThat(p.center()).isNaN());
        assertThatThrownBy(() -> ControlChart.proportions(List.<long[]>of(new long[] {5, 4})))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ControlChart.proportions(List.<long[]>of(new long[] {1})))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewMonthIsJudgedAgainstLimitsDrawnFromEarlierMonthsOnly() {
        // Baseline: 2 + 2 + 2 denials of 100 claims each, p-bar 0.02; the new month has 8 of 100.
        List<long[]> baseline = List.of(new long[] {2, 100}, new long[] {2, 100}, new long[] {2, 100});
        ControlPoint spike = ControlChart.proportionAgainst(baseline, new long[] {8, 100});
        double sigma = Math.sqrt(0.02 * 0.98 / 100);
        assertThat(spike.center()).isCloseTo(0.02, within(EXACT));
        assertThat(spike.upper()).isCloseTo(0.02 + 3 * sigma, within(EXACT));
        assertThat(spike.lower()).isEqualTo(0.0);
        assertThat(spike.signal()).isEqualTo(ControlChart.ABOVE_UPPER_LIMIT);
        // Drawn over all four months the spike widens its own limits: p-bar 0.035, upper limit 0.0901, no signal.
        assertThat(ControlChart.proportions(List.of(baseline.get(0), baseline.get(1), baseline.get(2),
                new long[] {8, 100})).get(3).signal()).isNull();
        assertThat(ControlChart.proportionAgainst(baseline, new long[] {3, 100}).signal()).isNull();
        // A limit uses the judged month's own n: the same rate on 10 claims is within limits.
        assertThat(ControlChart.proportionAgainst(baseline, new long[] {1, 10}).signal()).isNull();
    }

    @Test
    void withoutTwoBaselineMonthsNothingIsJudged() {
        ControlPoint point = ControlChart.proportionAgainst(List.<long[]>of(new long[] {1, 50}, new long[] {0, 0}),
                new long[] {40, 50});
        assertThat(point.value()).isEqualTo(0.8);
        assertThat(point.center()).isEqualTo(0.02);
        assertThat(point.upper()).isNaN();
        assertThat(point.signal()).isNull();
        assertThat(ControlChart.proportionAgainst(List.of(), new long[] {0, 0}).value()).isNaN();
        assertThatThrownBy(() -> ControlChart.proportionAgainst(List.of(), new long[] {2, 1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
