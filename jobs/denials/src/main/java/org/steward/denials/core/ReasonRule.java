package org.steward.denials.core;

import java.util.List;

/**
 * One entry of the mapping: a group code / CARC / RARC combination and its root cause. {@code group} and
 * {@code rarc} may be {@link #ANY}.
 *
 * @param scenario the CAQH CORE business scenario ({@link #SCENARIOS})
 * @param line     where the entry is in its file, for messages
 */
public record ReasonRule(String group, String carc, String rarc, String category, String scenario, int line) {

    public static final String ANY = "*";

    /** CAQH CORE's four denial scenarios, and {@code none}. */
    public static final List<String> SCENARIOS = List.of("missing_documentation", "missing_claim_data",
            "not_covered", "not_separately_payable", "none");

    /** Higher is more specific: an exact RARC counts more than an exact group. */
    public int specificity() {
        return (rarc.equals(ANY) ? 0 : 2) + (group.equals(ANY) ? 0 : 1);
    }

    boolean covers(String adjustmentGroup, String adjustmentCarc, String adjustmentRarc) {
        return carc.equals(adjustmentCarc) && (group.equals(ANY) || group.equals(adjustmentGroup))
                && (rarc.equals(ANY) || rarc.equals(adjustmentRarc));
    }
}
