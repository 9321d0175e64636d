package org.steward.core.period;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/** A reporting month, written {@code YYYY-MM}: the unit a job run covers and outputs are partitioned by. */
public record Period(YearMonth month) implements Comparable<Period> {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM");

    public static Period parse(String text) {
        if (text == null || !SHAPE.matcher(text.trim()).matches()) {
            throw new IllegalArgumentException("period must be YYYY-MM, got '" + text + "'");
        }
        try {
            return new Period(YearMonth.parse(text.trim(), FORMAT));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("period must be YYYY-MM with a month 01-12, got '" + text + "'");
        }
    }

    public static Period of(LocalDate date) {
        return new Period(YearMonth.from(date));
    }

    public boolean contains(LocalDate date) {
        return YearMonth.from(date).equals(month);
    }

    @Override
    public int compareTo(Period other) {
        return month.compareTo(other.month);
    }

    @Override
    public String toString() {
        return month.format(FORMAT);
    }
}
