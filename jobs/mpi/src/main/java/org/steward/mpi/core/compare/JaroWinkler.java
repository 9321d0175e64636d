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
        double m = matches;
        return (m / a.length() + m / b.length() + (m - outOfOrder / 2.0) / m) / 3.0;
    }
}
