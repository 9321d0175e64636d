package org.steward.quality.identifiers;

import java.io.Serializable;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Social Security number structure: nine digits (dashes optional), never area 000, 666 or 900-999,
 * group 00 or serial 0000 (SSA rules; shared/domain.md), and not one of the configured placeholders.
 */
public final class SsnStructure implements Serializable {

    private final Set<String> placeholders;

    public SsnStructure(Set<String> placeholders) {
        this.placeholders = placeholders.stream().map(SsnStructure::digits).collect(Collectors.toUnmodifiableSet());
    }

    public boolean valid(String ssn) {
        if (ssn == null) {
            return false;
        }
        String digits = digits(ssn);
        if (digits.length() != 9 || !ssn.matches("\\d{3}-?\\d{2}-?\\d{4}") || placeholders.contains(digits)) {
            return false;
        }
        int area = Integer.parseInt(digits.substring(0, 3));
        int group = Integer.parseInt(digits.substring(3, 5));
        int serial = Integer.parseInt(digits.substring(5));
        return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
    }

    private static String digits(String text) {
        return text.replaceAll("[^0-9]", "");
    }
}
