package org.steward.core.contract;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Types and normalises one field by its {@link FieldKind}. Returns null for an empty value: whether a
 * value must be present is the quality job's question, except for keys.
 * Typed values are String, LocalDate, Long (cents) or List&lt;String&gt;.
 */
public final class FieldParser {

    private static final String NOT_A_DATE = "not a calendar date in YYYY-MM-DD form";

    private FieldParser() {
    }

    public static Object parse(ColumnSpec column, String raw) throws InvalidFieldException {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            if (column.kind() == FieldKind.KEY) {
                throw new InvalidFieldException("missing " + column.name() + " (part of the row's key)");
            }
            return null;
        }
        return switch (column.kind()) {
            case TEXT -> value;
            case KEY -> key(column, value);
            case CODE -> value.toUpperCase(Locale.ROOT);
            case ICD_CODE -> icdCode(value);
            case ICD_CODE_LIST -> icdCodes(value);
            case DRG -> drg(value);
            case DATE -> date(value);
            case DATE_TIME -> dateTime(value);
            case AMOUNT -> cents(value);
            case SEX -> sex(value);
            case CHOICE -> choice(column, value);
        };
    }

    /**
     * A key part may not hold {@code |}: the jobs join a row's key parts with it (the MPI's facility|MRN, the
     * quality failures' row key), so {@code F1|A} + {@code B} and {@code F1} + {@code A|B} would be one key.
     */
    private static String key(ColumnSpec column, String value) throws InvalidFieldException {
        if (value.indexOf('|') >= 0) {
            throw new InvalidFieldException(column.name() + " contains '|', which joins the parts of a key");
        }
        return value;
    }

    static String icdCode(String value) {
        return value.replace(".", "").toUpperCase(Locale.ROOT);
    }

    private static List<String> icdCodes(String value) {
        List<String> codes = new ArrayList<>();
        for (String part : value.split("\\|")) {
            String code = part.strip();
            if (!code.isEmpty()) {
                codes.add(icdCode(code));
            }
        }
        return List.copyOf(codes);
    }

    private static String drg(String value) throws InvalidFieldException {
        if (value.length() > 3 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidFieldException("not an MS-DRG (expected 1-3 digits)");
        }
        return "000".substring(value.length()) + value;
    }

    /** YYYY-MM-DD read by hand: java.time's formatter costs more than the rest of a row's typing. */
    static LocalDate date(String value) throws InvalidFieldException {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            throw new InvalidFieldException(NOT_A_DATE);
        }
        try {
            return LocalDate.of(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10));
        } catch (DateTimeException e) {
            throw new InvalidFieldException(NOT_A_DATE);
        }
    }

    private static final String NOT_A_DATE_TIME = "not a date and time in YYYY-MM-DDTHH:MM[:SS] form";

    /**
     * A date-time in the canonical text form {@code YYYY-MM-DDTHH:MM:SS[.fraction]}: seconds default to 00,
     * a fraction is kept as written (so two events in one second stay two rows), a zone suffix is dropped.
     */
    static String dateTime(String value) throws InvalidFieldException {
        if (value.length() < 16 || (value.charAt(10) != 'T' && value.charAt(10) != 't' && value.charAt(10) != ' ')
                || value.charAt(13) != ':') {
            throw new InvalidFieldException(NOT_A_DATE_TIME);
        }
        String time = value.substring(11);
        int zone = zoneStart(time);
        if (zone >= 0) {
            time = time.substring(0, zone);
        }
        String fraction = "";
        int dot = time.indexOf('.');
        if (dot >= 0) {
            fraction = time.substring(dot);
            time = time.substring(0, dot);
            if (fraction.length() < 2 || fraction.length() > 10 || !fraction.substring(1).chars().allMatch(Character::isDigit)) {
                throw new InvalidFieldException(NOT_A_DATE_TIME);
            }
        }
        if (time.length() == 5 && fraction.isEmpty()) {
            time = time + ":00";
        }
        if (time.length() != 8 || time.charAt(5) != ':') {
            throw new InvalidFieldException(NOT_A_DATE_TIME);
        }
        LocalDate day;
        int hour;
        int minute;
        int second;
        try {
            day = date(value.substring(0, 10));
            hour = digits(time, 0, 2);
            minute = digits(time, 3, 5);
            second = digits(time, 6, 8);
        } catch (InvalidFieldException e) {
            throw new InvalidFieldException(NOT_A_DATE_TIME);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            throw new InvalidFieldException(NOT_A_DATE_TIME);
        }
        return day + "T" + time + fraction;
    }

    /** Where a zone suffix (Z, +hh:mm, -hh:mm) starts in the time part, or -1. */
    private static int zoneStart(String time) {
        for (int i = 0; i < time.length(); i++) {
            char c = time.charAt(i);
            if (c == 'Z' || c == 'z' || c == '+' || c == '-') {
                return i;
            }
        }
        return -1;
    }

    /** The date of a canonical date-time ({@link #dateTime}): its first ten characters. */
    public static LocalDate dateOf(String canonicalDateTime) {
        return LocalDate.parse(canonicalDateTime.substring(0, 10));
    }

    private static int digits(String value, int from, int to) throws InvalidFieldException {
        int number = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidFieldException(NOT_A_DATE);
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    /** Exact cents, never through a double: -12.5 becomes -1250. */
    static long cents(String value) throws InvalidFieldException {
        int i = 0;
        boolean negative = value.charAt(0) == '-';
        if (negative || value.charAt(0) == '+') {
            i = 1;
        }
        long whole = 0;
        int wholeDigits = 0;
        for (; i < value.length() && value.charAt(i) != '.'; i++, wholeDigits++) {
            whole = whole * 10 + digit(value.charAt(i));
            if (wholeDigits > 15) {
                throw new InvalidFieldException("amount too large");
            }
        }
        long fraction = 0;
        int fractionDigits = 0;
        if (i < value.length()) {
            for (i++; i < value.length(); i++, fractionDigits++) {
                fraction = fraction * 10 + digit(value.charAt(i));
            }
            if (fractionDigits == 0 || fractionDigits > 2) {
                throw new InvalidFieldException("amount must have one or two decimals after the point");
            }
        }
        if (wholeDigits == 0) {
            throw new InvalidFieldException("not a number");
        }
        long total = whole * 100 + (fractionDigits == 1 ? fraction * 10 : fraction);
        return negative ? -total : total;
    }

    private static int digit(char c) throws InvalidFieldException {
        if (c < '0' || c > '9') {
            throw new InvalidFieldException("not a number (digits, an optional sign and point only)");
        }
        return c - '0';
    }

    private static String sex(String value) throws InvalidFieldException {
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "F", "FEMALE" -> "F";
            case "M", "MALE" -> "M";
            case "U", "UNKNOWN" -> "U";
            default -> throw new InvalidFieldException("not a sex code (expected F, M or U)");
        };
    }

    private static String choice(ColumnSpec column, String value) throws InvalidFieldException {
        String lower = value.toLowerCase(Locale.ROOT);
        if (!column.choices().contains(lower)) {
            throw new InvalidFieldException("not one of " + String.join(", ", column.choices()));
        }
        return lower;
    }
}
