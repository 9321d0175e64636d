package org.steward.sampledata;

import java.time.LocalDate;

/** US federal fiscal year: FY N runs 1 October N-1 to 30 September N. */
final class FiscalYear {

    private FiscalYear() {
    }

    static int of(int epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        return d.getMonthValue() >= 10 ? d.getYear() + 1 : d.getYear();
    }

    /** The nearest year in an ascending list, so dates outside the reference range still resolve. */
    static int index(int fiscalYear, int[] ascendingYears) {
        for (int i = ascendingYears.length - 1; i >= 0; i--) {
            if (ascendingYears[i] <= fiscalYear) {
                return i;
            }
        }
        return 0;
    }
}
