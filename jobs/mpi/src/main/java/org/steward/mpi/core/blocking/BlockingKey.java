package org.steward.mpi.core.blocking;

import org.steward.mpi.core.StandardPatient;

/** One part of a blocking key, as named in config; null when the record lacks it. */
public enum BlockingKey {
    SSN("ssn"),
    BIRTH_DATE("birth_date"),
    /** Year plus month and day in either order, so a day/month swap still shares the block. */
    BIRTH_DATE_UNORDERED("birth_date_unordered"),
    BIRTH_YEAR("birth_year"),
    FIRST_METAPHONE("first_metaphone"),
    LAST_METAPHONE("last_metaphone"),
    /**
     * The first and last name Metaphones in either order, so a registration whose first and last
     * names were typed into each other's fields still shares the block (as birth_date_unordered
     * does for a day/month swap). Null unless both names are present.
     */
    NAMES_UNORDERED("names_unordered"),
    FIRST_INITIAL("first_initial"),
    LAST_INITIAL("last_initial"),
    PHONE("phone"),
    ZIP("zip"),
    CITY("city"),
    EMAIL("email");

    private final String configName;

    BlockingKey(String configName) {
        this.configName = configName;
    }

    public static BlockingKey named(String name) {
        for (BlockingKey k : values()) {
            if (k.configName.equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown blocking key " + name);
    }

    /** The compared fields whose agreement this key implies (first_name for first_metaphone, ...). */
    public java.util.List<String> comparedFields() {
        return switch (this) {
            case SSN -> java.util.List.of("ssn");
            case BIRTH_DATE, BIRTH_DATE_UNORDERED, BIRTH_YEAR -> java.util.List.of("birth_date");
            case FIRST_METAPHONE, FIRST_INITIAL -> java.util.List.of("first_name");
            case LAST_METAPHONE, LAST_INITIAL -> java.util.List.of("last_name");
            case NAMES_UNORDERED -> java.util.List.of("first_name", "last_name");
            case PHONE -> java.util.List.of("phone", "household");
            case ZIP -> java.util.List.of("zip", "household");
            case CITY -> java.util.List.of("city", "household");
            case EMAIL -> java.util.List.of("email");
        };
    }

    public String of(StandardPatient p) {
        String dob = p.birthDigits();
        return switch (this) {
            case SSN -> p.ssn();
            case BIRTH_DATE -> dob;
            case BIRTH_DATE_UNORDERED -> dob == null ? null : unordered(dob);
            case BIRTH_YEAR -> dob == null ? null : dob.substring(0, 4);
            case FIRST_METAPHONE -> p.firstMetaphone();
            case LAST_METAPHONE -> p.lastMetaphone();
            case NAMES_UNORDERED -> unordered(p.firstMetaphone(), p.lastMetaphone());
            case FIRST_INITIAL -> p.firstName() == null ? null : p.firstName().substring(0, 1);
            case LAST_INITIAL -> p.lastName() == null ? null : p.lastName().substring(0, 1);
            case PHONE -> p.phone();
            case ZIP -> p.zip();
            case CITY -> p.city();
            case EMAIL -> p.email();
        };
    }

    private static String unordered(String first, String last) {
        if (first == null || last == null) {
            return null;
        }
        return first.compareTo(last) <= 0 ? first + ' ' + last : last + ' ' + first;
    }

    private static String unordered(String dob) {
        String month = dob.substring(4, 6);
        String day = dob.substring(6, 8);
        return dob.substring(0, 4) + (month.compareTo(day) <= 0 ? month + day : day + month);
    }
}
