package org.steward.sampledata;

import java.util.SplittableRandom;

/**
 * Structurally valid SSNs handed out without collisions: person i gets the i-th element of a
 * seeded permutation of all valid numbers, so two people never share an SSN by accident (which
 * would be a planted overlay rather than noise). Validity per SSA rules: area not 000, 666 or
 * 900-999; group not 00; serial not 0000. The common placeholder 123-45-6789 is never issued.
 */
final class SsnSpace {

    static final int PLACEHOLDER_NINES = 999_99_9999;
    static final int PLACEHOLDER_SEQUENCE = 123_45_6789;

    private static final long AREAS = 898;
    private static final long GROUPS = 99;
    private static final long SERIALS = 9999;
    private static final long VALID = AREAS * GROUPS * SERIALS;
    private static final long ISSUABLE = VALID - 1;

    private final long multiplier;
    private final long offset;
    private final long placeholderIndex = indexOf(PLACEHOLDER_SEQUENCE);

    SsnSpace(SplittableRandom random) {
        long m = 1 + random.nextLong(ISSUABLE - 1);
        while (gcd(m, ISSUABLE) != 1) {
            m++;
        }
        this.multiplier = m;
        this.offset = random.nextLong(ISSUABLE);
    }

    int forPerson(int personIndex) {
        // index < 2^31 and multiplier < 2^30, so the product fits in a long
        long x = (personIndex * multiplier + offset) % ISSUABLE;
        if (x >= placeholderIndex) {
            x++;
        }
        return decode(x);
    }

    static boolean validStructure(int ssn) {
        int area = ssn / 1_000_000;
        int group = ssn / 10_000 % 100;
        int serial = ssn % 10_000;
        return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
    }

    static boolean isPlaceholder(int ssn) {
        return ssn == PLACEHOLDER_NINES || ssn == PLACEHOLDER_SEQUENCE;
    }

    static String format(int ssn) {
        String digits = String.format("%09d", ssn);
        return digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
    }

    /** An SSN breaking exactly one structural rule, never a placeholder. */
    static int invalidStructure(SplittableRandom random) {
        int group = 1 + random.nextInt(99);
        int serial = 1 + random.nextInt(9999);
        int area = 1 + random.nextInt(899);
        if (area == 666) {
            area = 665;
        }
        switch (random.nextInt(5)) {
            case 0 -> area = 0;
            case 1 -> area = 666;
            case 2 -> area = 900 + random.nextInt(99);
            case 3 -> group = 0;
            default -> serial = 0;
        }
        return area * 1_000_000 + group * 10_000 + serial;
    }

    private static int decode(long index) {
        long serial = index % SERIALS + 1;
        long group = index / SERIALS % GROUPS + 1;
        long area = index / (SERIALS * GROUPS) + 1;
        if (area >= 666) {
            area++;
        }
        return (int) (area * 1_000_000 + group * 10_000 + serial);
    }

    private static long indexOf(int ssn) {
        long area = ssn / 1_000_000;
        long group = ssn / 10_000 % 100;
        long serial = ssn % 10_000;
        long areaIndex = area > 666 ? area - 2 : area - 1;
        return (areaIndex * GROUPS + (group - 1)) * SERIALS + (serial - 1);
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
