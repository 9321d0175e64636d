package org.steward.mpi.core.standardise;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Birth dates to YYYYMMDD digits. A date that was not a calendar date keeps its digits when there
 * are eight of them (19371233 is still one digit from 19371223); a date after the run date or
 * before the minimum year is an entry error that says nothing about the person, so it is missing.
 */
public final class BirthDateStandardiser implements Serializable {

    private final LocalDate asOf;
    private final int minimumYear;

    public BirthDateStandardiser(LocalDate asOf, int minimumYear) {
        this.asOf = asOf;
        this.minimumYear = minimumYear;
    }

    public String standardise(LocalDate date, String raw) {
        if (date != null) {
            if (date.isAfter(asOf) || date.getYear() < minimumYear) {
                return null;
            }
            // YYYYMMDD; String.format was a fifth of standardising, so it is kept for years before 1000 only.
            if (date.getYear() < 1000) {
                return String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
            }
            return Integer.toString(date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth());
        }
        String digits = TextNormaliser.digits(raw);
        if (digits == null || digits.length() != 8) {
            return null;
        }
        int year = Integer.parseInt(digits.substring(0, 4));
        return year < minimumYear || year > asOf.getYear() ? null : digits;
    }

    /** Day and month swapped, or null when the day is over 12 or equal to the month. */
    public static String dayMonthSwapped(String digits) {
        String month = digits.substring(4, 6);
        String day = digits.substring(6, 8);
        if (month.equals(day) || Integer.parseInt(day) > 12) {
            return null;
        }
        return digits.substring(0, 4) + day + month;
    }
}
