package org.steward.denials.core;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.inference.ChiSquareTest;

/**
 * Whether this month's denials fall into the root-cause categories in different proportions than the
 * trailing months' pooled denials: Pearson's chi-square test of independence on the 2 x k table of
 * counts (this month, trailing months) x categories, categories with no denial in either row left out.
 *
 * <p>The test is not run ({@link Result#tested()} false, with the reason) when either row has fewer than
 * {@code minDenials} denials or fewer than two categories have any denial. The chi-square approximation
 * is poor when expected counts are small; {@link Result#minExpected()} reports the smallest, so a reader
 * can discount a verdict resting on sparse cells.
 */
public final class MixShift {

    /**
     * @param tested      false when there were too few denials to test ({@code note} says why)
     * @param statistic   Pearson's chi-square statistic (NaN when not tested)
     * @param df          degrees of freedom: categories tested - 1
     * @param pValue      the p-value (NaN when not tested)
     * @param shifted     tested and p-value below alpha
     * @param minExpected the smallest expected count of the table
     * @param mostRaised  the index of the category whose share rose most against the trailing months, -1 if none
     * @param note        why the test was not run, or null
     */
    public record Result(boolean tested, double statistic, int df, double pValue, boolean shifted, double minExpected,
                         int mostRaised, String note) {
    }

    private MixShift() {
    }

    /** Tests {@code current} against {@code trailing}, both counts per category in the same order. */
    public static Result test(long[] current, long[] trailing, double alpha, long minDenials) {
        if (current.length != trailing.length) {
            throw new IllegalArgumentException("current has " + current.length + " categories, trailing " + trailing.length);
        }
        long now = 0;
        long before = 0;
        List<Integer> used = new ArrayList<>();
        for (int i = 0; i < current.length; i++) {
            if (current[i] < 0 || trailing[i] < 0) {
                throw new IllegalArgumentException("negative count for category " + i);
            }
            now += current[i];
            before += trailing[i];
            if (current[i] + trailing[i] > 0) {
                used.add(i);
            }
        }
        int mostRaised = mostRaised(current, trailing, now, before);
        if (now < minDenials || before < minDenials) {
            return new Result(false, Double.NaN, 0, Double.NaN, false, Double.NaN, mostRaised,
                    "too few denials to test (" + now + " this month, " + before + " trailing; at least " + minDenials + ")");
        }
        if (used.size() < 2) {
            return new Result(false, Double.NaN, 0, Double.NaN, false, Double.NaN, mostRaised,
                    "fewer than two categories have denials");
        }
        long[][] table = new long[2][used.size()];
        double minExpected = Double.POSITIVE_INFINITY;
        double total = now + before;
        for (int j = 0; j < used.size(); j++) {
            int i = used.get(j);
            table[0][j] = current[i];
            table[1][j] = trailing[i];
            double column = current[i] + trailing[i];
            minExpected = Math.min(minExpected, Math.min(column * now / total, column * before / total));
        }
        ChiSquareTest test = new ChiSquareTest();
        double statistic = test.chiSquare(table);
        double p = test.chiSquareTest(table);
        return new Result(true, statistic, used.size() - 1, p, p < alpha, minExpected, mostRaised, null);
    }

    private static int mostRaised(long[] current, long[] trailing, long now, long before) {
        if (now == 0) {
            return -1;
        }
        int best = -1;
        double bestRise = 0;
        for (int i = 0; i < current.length; i++) {
            double rise = (double) current[i] / now - (before == 0 ? 0 : (double) trailing[i] / before);
            if (rise > bestRise) {
                bestRise = rise;
                best = i;
            }
        }
        return best;
    }
}
