package org.steward.sampledata;

import java.util.SplittableRandom;

/**
 * Continuous random draws computed with StrictMath only: Math.exp/log may differ by an ulp between
 * CPUs or JIT tiers, which would break byte-identical output across machines.
 */
final class Noise {

    private Noise() {
    }

    /** Standard normal draw (Box-Muller). */
    static double gaussian(SplittableRandom r) {
        double u = 1.0 - r.nextDouble();
        double v = r.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
    }

    /** median * e^(sigma * N(0,1)). */
    static double logNormal(double median, double sigma, SplittableRandom r) {
        return median * StrictMath.exp(sigma * gaussian(r));
    }

    /** Exponential draw with the given mean. */
    static double exponential(double mean, SplittableRandom r) {
        return -StrictMath.log(1.0 - r.nextDouble()) * mean;
    }
}
