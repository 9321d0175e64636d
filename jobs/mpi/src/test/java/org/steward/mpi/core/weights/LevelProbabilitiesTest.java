package org.steward.mpi.core.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LevelProbabilitiesTest {

    /** One field: missing, exact, different. Matches agree exactly nine times in ten. */
    private static final LevelProbabilities M = new LevelProbabilities(new double[][] {{0, 0.9, 0.1}});

    @Test
    void theMatchesAmongRandomPairsAreTakenOutOfU() {
        // 1,000 random pairs of which 3% are matches (a small extract full of duplicates): of the 30 that agree
        // exactly, 27 are the matches, so among non-matches exact agreement is 3 in 970, not 30 in 1,000.
        double[][] counts = {{0, 30, 970}};
        LevelProbabilities u = LevelProbabilities.withoutMatches(counts, M, 0.03, 0);
        assertThat(u.get(0, 1)).isCloseTo(3.0 / 970, within(1e-9));
        assertThat(u.get(0, 2)).isCloseTo(967.0 / 970, within(1e-9));
        assertThat(LevelProbabilities.fromCounts(counts, 0).get(0, 1)).isCloseTo(0.03, within(1e-9));
    }

    @Test
    void aLevelNeverFallsBelowItsSmoothing() {
        // More matches expected at a level than were drawn there: the level keeps only its pseudo-count.
        LevelProbabilities u = LevelProbabilities.withoutMatches(new double[][] {{0, 30, 970}}, M, 0.05, 1.0);
        assertThat(u.get(0, 1)).isCloseTo(1.0 / 967, within(1e-9));
    }
}
