package org.steward.quality.reference;

import java.time.LocalDate;

/** US federal fiscal year: FY N runs from 1 October N-1 to 30 September N (CMS IPPS, ICD-10 code sets). */
public final class FiscalYear {

    private FiscalYear() {
    }

    public static int of(LocalDate date) {
        return date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear();
    }
}
