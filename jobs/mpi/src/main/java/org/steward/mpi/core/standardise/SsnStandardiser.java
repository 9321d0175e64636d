package org.steward.mpi.core.standardise;

import java.io.Serializable;
import java.util.Set;

/**
 * SSNs to digits, or null when the value identifies nobody: a placeholder staff type when the
 * patient has none, a filler of one repeated digit, the wrong length, or (for nine digits) a
 * number the SSA never issues. A missing SSN is neutral evidence; a placeholder treated as a
 * value would link every patient who lacks one.
 */
public final class SsnStandardiser implements Serializable {

    private final Set<String> placeholders;
    private final int minDigits;
    private final int maxDigits;
    private final boolean ssaStructureCheck;

    public SsnStandardiser(Set<String> placeholders, int minDigits, int maxDigits, boolean ssaStructureCheck) {
        this.placeholders = Set.copyOf(placeholders);
        this.minDigits = minDigits;
        this.maxDigits = maxDigits;
        this.ssaStructureCheck = ssaStructureCheck;
    }

    public String standardise(String raw) {
        String d = TextNormaliser.digits(raw);
        if (d == null || d.length() < minDigits || d.length() > maxDigits || placeholders.contains(d)
                || TextNormaliser.repeated(d)) {
            return null;
        }
        if (ssaStructureCheck && d.length() == 9 && !issuable(d)) {
            return null;
        }
        return d;
    }

    /** SSA rules: area not 000, 666 or 900-999; group not 00; serial not 0000. */
    static boolean issuable(String nine) {
        int area = Integer.parseInt(nine.substring(0, 3));
        int group = Integer.parseInt(nine.substring(3, 5));
        int serial = Integer.parseInt(nine.substring(5));
        return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
    }
}
