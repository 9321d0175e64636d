package org.steward.mpi.core.compare;

import java.util.List;
import org.steward.mpi.core.StandardPatient;
import org.steward.mpi.core.standardise.BirthDateStandardiser;

/**
 * Birth dates as YYYYMMDD digits: exact, day and month swapped, one digit different (a keying
 * error), two adjacent digits transposed, same year, else different.
 */
public final class BirthDateComparator implements FieldComparator {

    private static final List<String> LEVELS = List.of("missing", "exact", "day_month_swapped", "one_digit",
            "transposed_digits", "same_year", "different");

    @Override
    public String field() {
        return "birth_date";
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public int level(StandardPatient a, StandardPatient b) {
        String x = a.birthDigits();
        String y = b.birthDigits();
        if (x == null || y == null) {
            return MISSING;
        }
        if (x.equals(y)) {
            return EXACT;
        }
        if (y.equals(BirthDateStandardiser.dayMonthSwapped(x))) {
            return 2;
        }
        if (DigitEdits.hamming(x, y) == 1) {
            return 3;
        }
        if (DigitEdits.adjacentTransposition(x, y)) {
            return 4;
        }
        if (x.regionMatches(0, y, 0, 4)) {
            return 5;
        }
        return 6;
    }
}
