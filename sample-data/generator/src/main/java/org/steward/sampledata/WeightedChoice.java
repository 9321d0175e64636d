package org.steward.sampledata;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Picks an index with probability proportional to its weight (cumulative table + binary search). */
final class WeightedChoice {

    private final long[] cumulative;
    private final int[] values;

    WeightedChoice(int[] values, long[] weights) {
        if (values.length == 0 || values.length != weights.length) {
            throw new IllegalArgumentException("need as many weights as values, and at least one");
        }
        this.values = values.clone();
        this.cumulative = new long[weights.length];
        long sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += Math.max(0, weights[i]);
            cumulative[i] = sum;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("weights sum to zero");
        }
    }

    static WeightedChoice uniform(int count) {
        int[] values = new int[count];
        long[] weights = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = i;
            weights[i] = 1;
        }
        return new WeightedChoice(values, weights);
    }

    int pick(SplittableRandom random) {
        long r = random.nextLong(cumulative[cumulative.length - 1]);
        int i = Arrays.binarySearch(cumulative, r + 1);
        if (i < 0) {
            i = -i - 1;
        }
        return values[i];
    }

    int size() {
        return values.length;
    }
}
