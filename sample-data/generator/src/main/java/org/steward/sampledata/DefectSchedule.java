package org.steward.sampledata;

import java.util.SplittableRandom;

/**
 * Spaces planted defects systematically instead of flipping a coin per row: each defect fires
 * about every 1/rate rows it applies to (with jitter), so even a small sample gets its share
 * of every defect, and a row already taken by one defect passes the turn to the next row.
 */
final class DefectSchedule {

    private final double[] gap;
    private final double[] next;
    private final long[] seen;
    private final SplittableRandom random;

    DefectSchedule(double[] rates, SplittableRandom random) {
        this.random = random;
        gap = new double[rates.length];
        next = new double[rates.length];
        seen = new long[rates.length];
        for (int i = 0; i < rates.length; i++) {
            gap[i] = 1.0 / rates[i];
            next[i] = random.nextDouble() * gap[i];
        }
    }

    /** The index of the defect to plant on this row, or -1; {@code applies[i]} says whether defect i can. */
    int decide(boolean[] applies) {
        int chosen = -1;
        for (int i = 0; i < gap.length; i++) {
            if (!applies[i]) {
                continue;
            }
            seen[i]++;
            if (chosen < 0 && seen[i] >= next[i]) {
                chosen = i;
                next[i] += gap[i] * (0.5 + random.nextDouble());
            }
        }
        return chosen;
    }

    /** Single-defect form. */
    boolean fires() {
        return decide(ALWAYS) == 0;
    }

    private static final boolean[] ALWAYS = {true};
}
