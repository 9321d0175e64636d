package org.steward.casemix.core;

import java.util.Objects;

/**
 * One row of a CMS MS-DRG relative weight table (Table 5 of an IPPS final rule).
 *
 * @param fiscalYear       the federal fiscal year the table applies to (FY 2026 = October 2025 to September 2026)
 * @param code             the MS-DRG, three digits zero-padded ("001")
 * @param mdc              the major diagnostic category, "PRE", "01".."25", or "" (981-989, 998, 999); null is read as ""
 * @param surgical         true for SURG rows, false for MED and for the ungroupable rows
 * @param title            the title as CMS prints it
 * @param weight           the relative weight, or null when blank (998, 999)
 * @param geometricMeanLos the geometric mean length of stay in days, or null when blank
 */
public record MsDrg(int fiscalYear, String code, String mdc, boolean surgical, String title, Double weight,
                    Double geometricMeanLos) {

    public MsDrg {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        if (!code.matches("\\d{3}")) {
            throw new IllegalArgumentException("MS-DRG code must be three digits, got '" + code + "'");
        }
        mdc = mdc == null ? "" : mdc;
    }

    /** True when the row has a relative weight (every DRG but the ungroupable 998 and 999). */
    public boolean weighted() {
        return weight != null;
    }
}
