package org.steward.report.core;

import java.util.Locale;

/** How a number is written in the report: the same value always reads the same way in every section. */
public enum Format {
    /** A fraction shown as a percentage with two decimals (0.0538 -> 5.38%). */
    PERCENT,
    /** A 0-100 score with one decimal. */
    SCORE,
    /** A ratio such as CMI, four decimals. */
    RATIO,
    /** A whole count with thousands separators. */
    COUNT,
    /** Dollars, whole, with thousands separators. */
    DOLLARS;

    public static final String MISSING = "–";

    public String text(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return MISSING;
        }
        return switch (this) {
            case PERCENT -> String.format(Locale.ROOT, "%.2f%%", 100 * value);
            case SCORE -> String.format(Locale.ROOT, "%.1f", value);
            case RATIO -> String.format(Locale.ROOT, "%.4f", value);
            case COUNT -> String.format(Locale.ROOT, "%,d", Math.round(value));
            case DOLLARS -> String.format(Locale.ROOT, "$%,d", Math.round(value));
        };
    }

    /** A change between two values: percentage points for rates, signed otherwise. */
    public String change(Double current, Double previous) {
        if (current == null || previous == null || current.isNaN() || previous.isNaN()) {
            return MISSING;
        }
        double delta = current - previous;
        return switch (this) {
            case PERCENT -> String.format(Locale.ROOT, "%+.2f pts", 100 * delta);
            case SCORE -> String.format(Locale.ROOT, "%+.1f", delta);
            case RATIO -> String.format(Locale.ROOT, "%+.4f", delta);
            case COUNT -> String.format(Locale.ROOT, "%+,d", Math.round(delta));
            case DOLLARS -> (delta < 0 ? "-" : "+") + String.format(Locale.ROOT, "$%,d", Math.abs(Math.round(delta)));
        };
    }
}
