package org.steward.core.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Statistical process control charts for monthly metrics, oldest month first: an individuals (XmR)
 * chart for a measure such as CMI, and a p-chart for a proportion such as CC/MCC capture.
 *
 * <p>Each point carries at most one signal: {@link #ABOVE_UPPER_LIMIT} or {@link #BELOW_LOWER_LIMIT}
 * when it lies strictly outside the 3-sigma limits, otherwise {@link #RUN_OF_8} when it is the 8th or
 * later consecutive point strictly on the same side of the center line. That run rule is rule 4 of the
 * Western Electric Statistical Quality Control Handbook (1956), "eight successive points on one side of
 * the center line"; Nelson's rule 2 (J. Quality Technology, 1984) is the same test with nine points. A
 * point exactly on the center line, or without a value, ends a run. A limit breach takes precedence
 * over a run, and a breaching point still counts toward a run.
 *
 * <p>With fewer than two points (for a p-chart, fewer than two months with a denominator) there is no
 * variation to estimate: the center line is still given, the limits are NaN, and no point signals.
 */
public final class ControlChart {

    public static final String ABOVE_UPPER_LIMIT = "above_upper_limit";
    public static final String BELOW_LOWER_LIMIT = "below_lower_limit";
    public static final String RUN_OF_8 = "run_of_8";

    /** Points in a row on one side of the center line that make a run signal. */
    public static final int RUN_LENGTH = 8;

    /** d2 for subgroups of two: the expected range of two normal values, in standard deviations. */
    public static final double D2 = 1.128;

    /** How many sigmas from the center line the control limits are. */
    public static final double SIGMAS = 3.0;

    private ControlChart() {
    }

    /**
     * One point of a chart.
     *
     * @param value  the metric (NaN for a p-chart month with no denominator)
     * @param center the center line
     * @param lower  the lower control limit, NaN when there is none
     * @param upper  the upper control limit, NaN when there is none
     * @param signal null, {@link #ABOVE_UPPER_LIMIT}, {@link #BELOW_LOWER_LIMIT} or {@link #RUN_OF_8}
     */
    public record ControlPoint(double value, double center, double lower, double upper, String signal) {
    }

    /**
     * An individuals chart: center line the mean of the values, sigma the mean moving range (of
     * consecutive values) divided by {@link #D2}, limits center ± 3 sigma, the same for every point and
     * not clamped. Values must be finite (IllegalArgumentException otherwise); no values, no points.
     */
    public static List<ControlPoint> individuals(List<Double> values) {
        int n = values.size();
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            Double value = values.get(i);
            if (value == null || !Double.isFinite(value)) {
                throw new IllegalArgumentException("individuals chart value " + i + " is " + value);
            }
            x[i] = value;
        }
        if (n == 0) {
            return List.of();
        }
        double center = StatUtils.mean(x);
        double lower = Double.NaN;
        double upper = Double.NaN;
        if (n >= 2) {
            double[] movingRanges = new double[n - 1];
            for (int i = 1; i < n; i++) {
                movingRanges[i - 1] = Math.abs(x[i] - x[i - 1]);
            }
            double sigma = StatUtils.mean(movingRanges) / D2;
            lower = center - SIGMAS * sigma;
            upper = center + SIGMAS * sigma;
        }
        double[] centers = new double[n];
        double[] lowers = new double[n];
        double[] uppers = new double[n];
        Arrays.fill(centers, center);
        Arrays.fill(lowers, lower);
        Arrays.fill(uppers, upper);
        return judge(x, centers, lowers, uppers, n >= 2);
    }

    /**
     * A p-chart over {numerator, denominator} pairs: p̄ = Σ numerators / Σ denominators, and for each
     * point limits p̄ ± 3·sqrt(p̄(1 − p̄)/n_i) clamped to [0, 1], so months with fewer cases have wider
     * limits. A month with n_i = 0 has value NaN, NaN limits and no signal, and ends a run. Each pair must
     * have 0 ≤ numerator ≤ denominator (IllegalArgumentException otherwise).
     */
    public static List<ControlPoint> proportions(List<long[]> numeratorDenominator) {
        int n = numeratorDenominator.size();
        long numerators = 0;
        long denominators = 0;
        int withDenominator = 0;
        for (int i = 0; i < n; i++) {
            long[] pair = numeratorDenominator.get(i);
            if (pair == null || pair.length != 2 || pair[0] < 0 || pair[1] < 0 || pair[0] > pair[1]) {
                throw new IllegalArgumentException("p-chart point " + i + " is not {numerator, denominator} with "
                        + "0 <= numerator <= denominator: " + (pair == null ? null : Arrays.toString(pair)));
            }
            numerators = Math.addExact(numerators, pair[0]);
            denominators = Math.addExact(denominators, pair[1]);
            if (pair[1] > 0) {
                withDenominator++;
            }
        }
        double center = denominators == 0 ? Double.NaN : (double) numerators / denominators;
        boolean limited = withDenominator >= 2;
        double[] values = new double[n];
        double[] centers = new double[n];
        double[] lowers = new double[n];
        double[] uppers = new double[n];
        for (int i = 0; i < n; i++) {
            long[] pair = numeratorDenominator.get(i);
            centers[i] = center;
            values[i] = pair[1] == 0 ? Double.NaN : (double) pair[0] / pair[1];
            if (limited && pair[1] > 0) {
                double sigma = Math.sqrt(center * (1 - center) / pair[1]);
                lowers[i] = Math.max(0.0, center - SIGMAS * sigma);
                uppers[i] = Math.min(1.0, center + SIGMAS * sigma);
            } else {
                lowers[i] = Double.NaN;
                uppers[i] = Double.NaN;
            }
        }
        return judge(values, centers, lowers, uppers, limited);
    }

    /**
     * One new month judged against a p-chart drawn over earlier months only (Phase II: the limits come from
     * a baseline the judged point is not part of, so a spike cannot widen its own limits): p̄ = Σ baseline
     * numerators / Σ baseline denominators, limits p̄ ± 3·sqrt(p̄(1 − p̄)/n) for the point's own n, clamped to
     * [0, 1]. The point signals {@link #ABOVE_UPPER_LIMIT} or {@link #BELOW_LOWER_LIMIT} when strictly
     * outside; no run rule (use {@link #proportions} over the whole series for runs). With fewer than two
     * baseline months that have a denominator, or a point with n = 0, the limits are NaN and nothing signals.
     */
    public static ControlPoint proportionAgainst(List<long[]> baseline, long[] point) {
        long numerators = 0;
        long denominators = 0;
        int withDenominator = 0;
        for (int i = 0; i < baseline.size(); i++) {
            long[] pair = baseline.get(i);
            check(pair, "baseline point " + i);
            numerators = Math.addExact(numerators, pair[0]);
            denominators = Math.addExact(denominators, pair[1]);
            if (pair[1] > 0) {
                withDenominator++;
            }
        }
        check(point, "judged point");
        double center = denominators == 0 ? Double.NaN : (double) numerators / denominators;
        double value = point[1] == 0 ? Double.NaN : (double) point[0] / point[1];
        if (withDenominator < 2 || point[1] == 0) {
            return new ControlPoint(value, center, Double.NaN, Double.NaN, null);
        }
        double sigma = Math.sqrt(center * (1 - center) / point[1]);
        double lower = Math.max(0.0, center - SIGMAS * sigma);
        double upper = Math.min(1.0, center + SIGMAS * sigma);
        String signal = value > upper ? ABOVE_UPPER_LIMIT : value < lower ? BELOW_LOWER_LIMIT : null;
        return new ControlPoint(value, center, lower, upper, signal);
    }

    private static void check(long[] pair, String what) {
        if (pair == null || pair.length != 2 || pair[0] < 0 || pair[1] < 0 || pair[0] > pair[1]) {
            throw new IllegalArgumentException("p-chart " + what + " is not {numerator, denominator} with "
                    + "0 <= numerator <= denominator: " + (pair == null ? null : Arrays.toString(pair)));
        }
    }

    private static List<ControlPoint> judge(double[] values, double[] centers, double[] lowers, double[] uppers,
                                            boolean signals) {
        List<ControlPoint> points = new ArrayList<>(values.length);
        int run = 0;
        int side = 0;
        for (int i = 0; i < values.length; i++) {
            double value = values[i];
            int thisSide = value > centers[i] ? 1 : value < centers[i] ? -1 : 0; // NaN compares false: no side
            run = thisSide == 0 ? 0 : thisSide == side ? run + 1 : 1;
            side = thisSide;
            String signal = null;
            if (signals && !Double.isNaN(value)) {
                if (value > uppers[i]) {
                    signal = ABOVE_UPPER_LIMIT;
                } else if (value < lowers[i]) {
                    signal = BELOW_LOWER_LIMIT;
                } else if (run >= RUN_LENGTH) {
                    signal = RUN_OF_8;
                }
            }
            points.add(new ControlPoint(value, centers[i], lowers[i], uppers[i], signal));
        }
        return List.copyOf(points);
    }
}
