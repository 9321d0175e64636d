package org.steward.report.core;

/**
 * A headline's goal and its good/watch/act bands: at or better than {@code target} is good, worse than
 * {@code act} is act, in between is watch. "Better" is lower for error rates, higher for scores.
 */
public record Target(Better better, double target, double act) {

    public Target {
        boolean ordered = better == Better.LOWER ? act >= target : act <= target;
        if (!ordered) {
            throw new IllegalArgumentException("act threshold " + act + " is better than target " + target
                    + " for a " + better.key() + "-is-better number");
        }
    }

    public Mark mark(Double value) {
        if (value == null || value.isNaN()) {
            return Mark.NONE;
        }
        if (better == Better.LOWER) {
            return value <= target ? Mark.GOOD : value <= act ? Mark.WATCH : Mark.ACT;
        }
        return value >= target ? Mark.GOOD : value >= act ? Mark.WATCH : Mark.ACT;
    }
}
