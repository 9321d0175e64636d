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
            case BIRTH_DATE_UNORDERED -> dob == null ? null : unordered(dob);
            case BIRTH_YEAR -> dob == null ? null : dob.substring(0, 4);
            case NAMES_UNORDERED -> unordered(p.firstMetaphone(), p.lastMetaphone());
            case FIRST_INITIAL -> p.firstName() == null ? null : p.firstName().substring(0, 1);
            case LAST_INITIAL -> p.lastName() == null ? null : p.lastName().substring(0, 1);
            default -> field(p);
        };
    }

    /*
     * present, mix and same answer for {@link #of} without building its string: blocking asks them once per
     * record and rule, over every record, where a string per record and rule was most of blocking's work.
     * BlockingKeyTest holds them to of().
     */

    /** True when the record has this part of a key ({@link #of} is not null). */
    boolean present(StandardPatient p) {
        return switch (this) {
            case BIRTH_DATE_UNORDERED, BIRTH_YEAR -> p.birthDigits() != null;
            case NAMES_UNORDERED -> p.firstMetaphone() != null && p.lastMetaphone() != null;
            case FIRST_INITIAL -> p.firstName() != null;
            case LAST_INITIAL -> p.lastName() != null;
            default -> field(p) != null;
        };
    }

    /** Hashes this part of a present key into {@code h}: equal parts give equal hashes. */
    long mix(StandardPatient p, long h) {
        return switch (this) {
            case BIRTH_DATE_UNORDERED -> {
                String dob = p.birthDigits();
                long year = mix(h, dob, 0, 4);
                yield monthFirst(dob) ? mix(mix(year, dob, 4, 6), dob, 6, 8) : mix(mix(year, dob, 6, 8), dob, 4, 6);
            }
            case BIRTH_YEAR -> mix(h, p.birthDigits(), 0, 4);
            case NAMES_UNORDERED -> {
                boolean firstFirst = p.firstMetaphone().compareTo(p.lastMetaphone()) <= 0;
                String lower = firstFirst ? p.firstMetaphone() : p.lastMetaphone();
                String upper = firstFirst ? p.lastMetaphone() : p.firstMetaphone();
                yield mix(mix(mix(h, lower), ' '), upper);
            }
            case FIRST_INITIAL -> mix(h, p.firstName().charAt(0));
            case LAST_INITIAL -> mix(h, p.lastName().charAt(0));
            default -> mix(h, field(p));
        };
    }

    /** True when two records with this part present have the same part. */
    boolean same(StandardPatient a, StandardPatient b) {
        return switch (this) {
            case BIRTH_DATE_UNORDERED -> {
                String x = a.birthDigits();
                String y = b.birthDigits();
                yield x.regionMatches(0, y, 0, 4) && ((x.regionMatches(4, y, 4, 2) && x.regionMatches(6, y, 6, 2))
                        || (x.regionMatches(4, y, 6, 2) && x.regionMatches(6, y, 4, 2)));
            }
            case BIRTH_YEAR -> a.birthDigits().regionMatches(0, b.birthDigits(), 0, 4);
            case NAMES_UNORDERED -> (a.firstMetaphone().equals(b.firstMetaphone())
                    && a.lastMetaphone().equals(b.lastMetaphone()))
                    || (a.firstMetaphone().equals(b.lastMetaphone()) && a.lastMetaphone().equals(b.firstMetaphone()));
            case FIRST_INITIAL -> a.firstName().charAt(0) == b.firstName().charAt(0);
            case LAST_INITIAL -> a.lastName().charAt(0) == b.lastName().charAt(0);
            default -> field(a).equals(field(b));
        };
    }

    /** The field a key made of one whole field reads; null for the derived keys. */
    private String field(StandardPatient p) {
        return switch (this) {
            case SSN -> p.ssn();
            case BIRTH_DATE -> p.birthDigits();
            case FIRST_METAPHONE -> p.firstMetaphone();
            case LAST_METAPHONE -> p.lastMetaphone();
            case PHONE -> p.phone();
            case ZIP -> p.zip();
            case CITY -> p.city();
            case EMAIL -> p.email();
            case BIRTH_DATE_UNORDERED, BIRTH_YEAR, NAMES_UNORDERED, FIRST_INITIAL, LAST_INITIAL -> null;
        };
    }

    /** FNV-1a over the characters, one at a time. */
    static long mix(long h, char c) {
        return (h ^ c) * 0x100000001B3L;
    }

    private static long mix(long h, String s) {
        return mix(h, s, 0, s.length());
    }

    private static long mix(long h, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            h = mix(h, s.charAt(i));
        }
        return h;
    }

    /** True when the month sorts before the day (or equals it), as {@link #unordered(String)} puts them. */
    private static boolean monthFirst(String dob) {
        int c = dob.charAt(4) - dob.charAt(6);
        return c < 0 || (c == 0 && dob.charAt(5) <= dob.charAt(7));
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
