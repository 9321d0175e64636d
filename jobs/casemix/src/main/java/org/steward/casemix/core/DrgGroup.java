package org.steward.casemix.core;

import java.util.Objects;

/**
 * A DRG's place in its family for one fiscal year.
 *
 * @param code     the MS-DRG code
 * @param family   the title stem shared by the family's members, or "#" + code for a title without a severity ending
 * @param severity the member's severity, {@link DrgSeverity#NOT_SPLIT} when the family does not split
 * @param splits   true when the family has at least two members in that year's table
 */
public record DrgGroup(String code, String family, DrgSeverity severity, boolean splits) {

    public DrgGroup {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(severity, "severity");
        if (splits == (severity == DrgSeverity.NOT_SPLIT)) {
            throw new IllegalArgumentException("DRG " + code + ": severity " + severity
                    + (splits ? " in a family that splits" : " in a family that does not split"));
        }
    }

    /** True when the family splits and this member records a CC or an MCC (counts toward CC/MCC capture). */
    public boolean captured() {
        return severity.captured();
    }
}
