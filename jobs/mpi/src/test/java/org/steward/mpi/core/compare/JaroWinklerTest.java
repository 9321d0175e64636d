package org.steward.mpi.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Known values from Winkler (1990) and the commons-text / Febrl test suites. */
class JaroWinklerTest {

    @Test
    void jaroMatchesPublishedValues() {
        assertThat(JaroWinkler.jaro("MARTHA", "MARHTA")).isCloseTo(0.9444, within(1e-4));
        assertThat(JaroWinkler.jaro("DWAYNE", "DUANE")).isCloseTo(0.8222, within(1e-4));
        assertThat(JaroWinkler.jaro("DIXON", "DICKSONX")).isCloseTo(0.7667, within(1e-4));
    }

    @Test
    void winklerBoostMatchesPublishedValues() {
        assertThat(JaroWinkler.similarity("MARTHA", "MARHTA")).isCloseTo(0.9611, within(1e-4));
        assertThat(JaroWinkler.similarity("DWAYNE", "DUANE")).isCloseTo(0.84, within(1e-4));
        assertThat(JaroWinkler.similarity("DIXON", "DICKSONX")).isCloseTo(0.8133, within(1e-4));
        assertThat(JaroWinkler.similarity("JELLYFISH", "SMELLYFISH")).isCloseTo(0.8963, within(1e-4));
    }

    @Test
    void edgeCases() {
        assertThat(JaroWinkler.similarity("", "")).isEqualTo(1.0);
        assertThat(JaroWinkler.similarity("ABC", "")).isEqualTo(0.0);
        assertThat(JaroWinkler.similarity("ABC", "XYZ")).isEqualTo(0.0);
        assertThat(JaroWinkler.similarity("SMITH", "SMITH")).isEqualTo(1.0);
        assertThat(JaroWinkler.similarity("A", "A")).isEqualTo(1.0);
        assertThat(JaroWinkler.similarity("AB", "BA")).isEqualTo(JaroWinkler.similarity("BA", "AB"));
    }

    /** The matched characters kept as bits (strings up to 64 characters) score exactly as the published arrays do. */
    @Test
    void shortStringsScoreAsWithArrays() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int k = 0; k < 20_000; k++) {
            String a = word(random, 1 + random.nextInt(k % 10 == 0 ? 64 : 12));
            String b = random.nextInt(4) == 0 ? a.substring(0, a.length() / 2) + word(random, random.nextInt(4))
                    : word(random, 1 + random.nextInt(12));
            if (a.isEmpty() || b.isEmpty()) {
                continue;
            }
            int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
            assertThat(JaroWinkler.jaroShort(a, b, window)).as(a + " / " + b)
                    .isEqualTo(JaroWinkler.jaroArrays(a, b, window));
        }
    }

    private static String word(java.util.SplittableRandom random, int length) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < length; i++) {
            w.append("ABCDE".charAt(random.nextInt(5)));
        }
        return w.toString();
    }
}
