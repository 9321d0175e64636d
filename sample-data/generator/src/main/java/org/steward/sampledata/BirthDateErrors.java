package org.steward.sampledata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.SplittableRandom;

/** Birth-date keying errors that still give a real date no later than {@code latest}. */
final class BirthDateErrors {

    private BirthDateErrors() {
    }

    /** Day and month swapped (only possible when both are at most 12); the input when impossible. */
    static int dayMonthSwap(int birthDay, int latest) {
        LocalDate d = LocalDate.ofEpochDay(birthDay);
        if (d.getDayOfMonth() > 12 || d.getDayOfMonth() == d.getMonthValue()) {
            return birthDay;
        }
        int swapped = (int) LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue()).toEpochDay();
        return swapped <= latest ? swapped : birthDay;
    }

    /** One digit of YYYYMMDD changed (never the century); the input when no valid variant was found. */
    static int oneDigit(int birthDay, int latest, SplittableRandom r) {
        LocalDate d = LocalDate.ofEpochDay(birthDay);
        char[] digits = String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()).toCharArray();
        for (int attempt = 0; attempt < 20; attempt++) {
            char[] copy = digits.clone();
            int position = 2 + r.nextInt(6);
            copy[position] = (char) ('0' + (copy[position] - '0' + 1 + r.nextInt(9)) % 10);
            String s = new String(copy);
            try {
                LocalDate changed = LocalDate.of(Integer.parseInt(s.substring(0, 4)),
                        Integer.parseInt(s.substring(4, 6)), Integer.parseInt(s.substring(6)));
                int day = (int) changed.toEpochDay();
                if (day <= latest && changed.getYear() >= 1900) {
                    return day;
                }
            } catch (DateTimeException e) {
                // not a calendar date; try another digit
            }
        }
        return birthDay;
    }
}
