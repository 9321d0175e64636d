package org.steward.mpi.core.compare;

/**
 * Jaro-Winkler similarity (Winkler 1990): Jaro's matching-characters-within-a-window score, raised
 * for a shared prefix of up to four characters with scaling 0.1 when Jaro is at least 0.7 (the
 * usual boost threshold, as in commons-text and Febrl). 1.0 for equal strings, 0.0 when nothing
 * matches.
 */
public final class JaroWinkler {

    private static final double SCALING = 0.1;
    private static final double BOOST_THRESHOLD = 0.7;
    private static final int MAX_PREFIX = 4;

    private JaroWinkler() {
    }

    public static double similarity(String a, String b) {
        double jaro = jaro(a, b);
        if (jaro < BOOST_THRESHOLD) {
            return jaro;
        }
        int prefix = 0;
        int limit = Math.min(MAX_PREFIX, Math.min(a.length(), b.length()));
        while (prefix < limit && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * SCALING * (1.0 - jaro);
    }

    public static double jaro(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        // Characters match when equal and no further apart than half the longer length, less one.
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        return a.length() <= 64 && b.length() <= 64 ? jaroShort(a, b, window) : jaroArrays(a, b, window);
    }

    /** Jaro as published: the matched characters marked in two arrays. */
    static double jaroArrays(String a, String b, int window) {
        boolean[] usedA = new boolean[a.length()];
        boolean[] usedB = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(b.length() - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!usedB[j] && a.charAt(i) == b.charAt(j)) {
                    usedA[i] = true;
                    usedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        // Transpositions: matched characters that appear in a different order, counted in halves.
        int outOfOrder = 0;
        int j = 0;
        for (int i = 0; i < a.length(); i++) {
            if (usedA[i]) {
                while (!usedB[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    outOfOrder++;
                }
                j++;
            }
        }
        return score(matches, outOfOrder, a.length(), b.length());
    }

    /**
     * The same for strings of up to 64 characters (every name and address), with the matched characters kept as
     * bits of a long rather than in two arrays: the comparisons run tens of millions of times a run.
     */
    static double jaroShort(String a, String b, int window) {
        long usedA = 0;
        long usedB = 0;
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(b.length() - 1, i + window);
            char c = a.charAt(i);
            for (int j = from; j <= to; j++) {
                if ((usedB & (1L << j)) == 0 && c == b.charAt(j)) {
                    usedA |= 1L << i;
                    usedB |= 1L << j;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int outOfOrder = 0;
        long restB = usedB;
        for (long restA = usedA; restA != 0; restA &= restA - 1) {
            int i = Long.numberOfTrailingZeros(restA);
            int j = Long.numberOfTrailingZeros(restB);
            restB &= restB - 1;
            if (a.charAt(i) != b.charAt(j)) {
                outOfOrder++;
            }
        }
        return score(matches, outOfOrder, a.length(), b.length());
    }

    private static double score(int matches, int outOfOrder, int lengthA, int lengthB) {
        double m = matches;
        return (m / lengthA + m / lengthB + (m - outOfOrder / 2.0) / m) / 3.0;
    }
}
