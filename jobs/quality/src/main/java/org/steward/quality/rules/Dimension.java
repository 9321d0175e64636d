package org.steward.quality.rules;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Kahn et al.'s harmonised data-quality categories (eGEMs 2016), each with the sub-types it allows.
 * Completeness has none.
 */
public enum Dimension {
    CONFORMANCE(EnumSet.of(Subtype.VALUE, Subtype.RELATIONAL, Subtype.COMPUTATIONAL)),
    COMPLETENESS(EnumSet.noneOf(Subtype.class)),
    PLAUSIBILITY(EnumSet.of(Subtype.UNIQUENESS, Subtype.ATEMPORAL, Subtype.TEMPORAL));

    private final Set<Subtype> subtypes;

    Dimension(Set<Subtype> subtypes) {
        this.subtypes = subtypes;
    }

    public Set<Subtype> subtypes() {
        return subtypes;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Dimension parse(String text) {
        return Arrays.stream(values()).filter(d -> d.label().equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("dimension must be one of conformance, completeness, "
                        + "plausibility, got '" + text + "'"));
    }

    /** Kahn's sub-types of conformance and plausibility. */
    public enum Subtype {
        VALUE, RELATIONAL, COMPUTATIONAL, UNIQUENESS, ATEMPORAL, TEMPORAL;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Subtype parse(String text) {
            return Arrays.stream(values()).filter(s -> s.label().equals(text)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("subtype must be one of value, relational, "
                            + "computational, uniqueness, atemporal, temporal, got '" + text + "'"));
        }
    }
}
