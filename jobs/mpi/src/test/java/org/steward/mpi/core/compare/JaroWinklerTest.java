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
}
