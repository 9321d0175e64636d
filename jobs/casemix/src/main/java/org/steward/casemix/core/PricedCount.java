package org.steward.casemix.core;

import java.util.Objects;

/**
 * The discharges of one DRG in one month, priced on both months' weight tables.
 *
 * @param drg                the MS-DRG code
 * @param family             its family ({@link DrgGroup#family()})
 * @param discharges         how many discharges, zero or more
 * @param weight             its relative weight on its own fiscal year's table
 * @param weightOnOtherTable its weight on the other month's table; for the later month, the same as {@code weight}
 */
public record PricedCount(String drg, String family, long discharges, double weight, double weightOnOtherTable) {

    public PricedCount {
        Objects.requireNonNull(drg, "drg");
        Objects.requireNonNull(family, "family");
        if (discharges < 0) {
            throw new IllegalArgumentException("DRG " + drg + ": negative discharges " + discharges);
        }
        if (!Double.isFinite(weight) || weight < 0 || !Double.isFinite(weightOnOtherTable) || weightOnOtherTable < 0) {
            throw new IllegalArgumentException("DRG " + drg + ": weights must be finite and not negative, got "
                    + weight + " and " + weightOnOtherTable);
        }
    }
}
