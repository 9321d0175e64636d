package org.steward.mpi.core.compare;

/** Keying errors in digit strings of equal length: substitutions and adjacent transpositions. */
final class DigitEdits {

    private DigitEdits() {
    }

    /** Positions that differ; Integer.MAX_VALUE when lengths differ. */
    static int hamming(String a, String b) {
        if (a.length() != b.length()) {
            return Integer.MAX_VALUE;
        }
        int d = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                d++;
            }
        }
        return d;
    }

    /** Equal except for two neighbouring characters typed in the wrong order. */
    static boolean adjacentTransposition(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i >= a.length() - 1) {
            return false;
        }
        return a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.regionMatches(i + 2, b, i + 2, a.length() - i - 2);
    }
}
