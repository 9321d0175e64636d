package org.steward.mpi.core.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.mpi.core.TestPatients.full;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.steward.mpi.core.StandardPatient;
import org.steward.mpi.core.compare.BirthDateComparator;
import org.steward.mpi.core.compare.ComparisonSchema;
import org.steward.mpi.core.compare.GivenNameComparator;
import org.steward.mpi.core.compare.HouseholdComparator;

/**
 * In a shared household a relative may explain agreement on the first name (a junior) or on the
 * birth date (a twin), not on both: such a pair is weighed on those two fields as any pair is.
 */
class HouseholdContextTest {

    private final ComparisonSchema schema = new ComparisonSchema(List.of(
            new GivenNameComparator(List.of(0.92, 0.8), false), new BirthDateComparator(),
            new HouseholdComparator(List.of(0.92, 0.8))));

    // Levels: first_name 8 (missing ... different), birth_date 7, household 8. m favours agreement,
    // the random-pair u makes it rare, the same-household u makes names and birth dates common.
    private final MatchWeights weights = new MatchWeights(schema,
            probabilities(0.9, 0.9, 0.9), probabilities(0.001, 0.001, 0.001), probabilities(0.1, 0.05, 0.001),
            -10, TermFrequencies.stored(List.of(Map.of(), Map.of(), Map.of()), 1e-5), 20);

    @Test
    void sameNameAndBirthDateAtHomeAreWeighedAsAnyPair() {
        StandardPatient a = full(0, "ANN", null, "SMITH", "19500102", null, "1 MAIN ST", "12345", "5550001");
        StandardPatient b = full(1, "ANN", null, "SMITH", "19500102", null, "1 MAIN ST", "12345", "5550001");
        double[] c = weights.contributions(a, b, schema.compare(a, b), 0);
        assertThat(c[0]).isEqualTo(weights.weight(0, 1));
        assertThat(c[1]).isEqualTo(weights.weight(1, 1));
        assertThat(c[0]).isGreaterThan(weights.householdWeight(0, 1));
    }

    @Test
    void aTwinOrAJuniorKeepsTheHouseholdWeights() {
        StandardPatient ann = full(0, "ANN", null, "SMITH", "19800102", null, "1 MAIN ST", "12345", "5550001");
        StandardPatient twin = full(1, "AMY", null, "SMITH", "19800102", null, "1 MAIN ST", "12345", "5550001");
        StandardPatient junior = full(2, "ANN", null, "SMITH", "20050607", null, "1 MAIN ST", "12345", "5550001");
        assertThat(weights.contributions(ann, twin, schema.compare(ann, twin), 0)[1])
                .isEqualTo(weights.householdWeight(1, 1));
        assertThat(weights.contributions(ann, junior, schema.compare(ann, junior), 0)[0])
                .isEqualTo(weights.householdWeight(0, 1));
    }

    /** Exact agreement (level 1) gets {@code exact}, every other agreement level {@code partial}, different the rest. */
    private LevelProbabilities probabilities(double firstExact, double dobExact, double partial) {
        double[][] p = new double[schema.size()][];
        double[] exact = {firstExact, dobExact, 0.5};
        for (int f = 0; f < p.length; f++) {
            int levels = schema.comparators().get(f).levels().size();
            p[f] = new double[levels];
            p[f][1] = exact[f];
            for (int l = 2; l < levels - 1; l++) {
                p[f][l] = partial;
            }
            p[f][levels - 1] = Math.max(1e-6, 1 - exact[f] - partial * (levels - 3));
        }
        return new LevelProbabilities(p);
    }
}
