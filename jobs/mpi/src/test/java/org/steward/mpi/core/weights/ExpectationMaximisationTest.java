package org.steward.mpi.core.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.steward.mpi.core.settings.MatchSettings;

/** EM on a mixture drawn from known m, u and match share recovers them. */
class ExpectationMaximisationTest {

    // Three fields; level 0 (missing) unused, levels 1.. best first.
    private static final double[][] M = {{0, 0.80, 0.15, 0.05}, {0, 0.70, 0.20, 0.10}, {0, 0.90, 0.10}};
    private static final double[][] U = {{0, 0.05, 0.15, 0.80}, {0, 0.10, 0.20, 0.70}, {0, 0.20, 0.80}};
    private static final double LAMBDA = 0.3;

    @Test
    void recoversMAndTheMatchShareWithUFixed() {
        LevelPatterns data = LevelPatterns.of(sample(50_000, 7), 3);
        var em = new ExpectationMaximisation(new MatchSettings.Em(List.of("x"), 500, 1e-8, 0.5, 0.6, 0, 0), 0.0);
        var fit = em.fit(data, List.of(4, 4, 3), new LevelProbabilities(U), new boolean[3]);
        assertThat(fit.converged()).isTrue();
        assertThat(fit.matchProportion()).isCloseTo(LAMBDA, within(0.02));
        for (int f = 0; f < M.length; f++) {
            for (int l = 1; l < M[f].length; l++) {
                assertThat(fit.m().get(f, l)).as("m[%d][%d]", f, l).isCloseTo(M[f][l], within(0.03));
            }
        }
    }

    @Test
    void recoversUWhenFreedFromAPoorStart() {
        LevelPatterns data = LevelPatterns.of(sample(50_000, 11), 3);
        double[][] flat = {{0, 1 / 3.0, 1 / 3.0, 1 / 3.0}, {0, 1 / 3.0, 1 / 3.0, 1 / 3.0}, {0, 0.5, 0.5}};
        var em = new ExpectationMaximisation(new MatchSettings.Em(List.of("x"), 500, 1e-8, 0.5, 0.6, 0, 0), 0.0);
        var fit = em.fitNonMatches(data, List.of(4, 4, 3), new LevelProbabilities(M), new LevelProbabilities(flat),
                new boolean[3]);
        // The Dirichlet prior is worth 0 pairs here, so u is the data's.
        assertThat(fit.matchProportion()).isCloseTo(LAMBDA, within(0.02));
        assertThat(fit.u().get(0, 3)).isCloseTo(U[0][3], within(0.03));
        assertThat(fit.u().get(2, 2)).isCloseTo(U[2][2], within(0.03));
    }

    @Test
    void maskedFieldsAreNotEstimated() {
        LevelPatterns data = LevelPatterns.of(sample(5_000, 3), 3);
        var em = new ExpectationMaximisation(new MatchSettings.Em(List.of("x"), 200, 1e-8, 0.5, 0.6, 0, 0), 1.0);
        var fit = em.fit(data, List.of(4, 4, 3), new LevelProbabilities(U), new boolean[] {false, false, true});
        // Only the smoothing counts reach a masked field: uniform over its levels.
        assertThat(fit.m().get(2, 1)).isCloseTo(0.5, within(1e-9));
    }

    private static byte[] sample(int pairs, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int k = 0; k < pairs; k++) {
            double[][] p = r.nextDouble() < LAMBDA ? M : U;
            for (double[] field : p) {
                double x = r.nextDouble();
                int level = 1;
                while (level < field.length - 1 && x >= field[level]) {
                    x -= field[level];
                    level++;
                }
                out.write(level);
            }
        }
        return out.toByteArray();
    }
}
