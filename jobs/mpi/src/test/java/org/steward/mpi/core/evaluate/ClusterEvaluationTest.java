package org.steward.mpi.core.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClusterEvaluationTest {

    @Test
    void pairwiseAndBcubedOnAHandMadeExample() {
        // Predicted {r0,r1,r2} {r3,r4}; true {r0,r1} {r2,r3,r4}.
        Integer[] predicted = {1, 1, 1, 2, 2};
        String[] truth = {"a", "a", "b", "b", "b"};
        LinkageMetrics m = ClusterEvaluation.evaluate(predicted, truth);
        assertThat(m.predictedPairs()).isEqualTo(4); // 3 + 1
        assertThat(m.truePairs()).isEqualTo(4); // 1 + 3
        assertThat(m.correctPairs()).isEqualTo(2); // r0-r1, r3-r4
        assertThat(m.precision()).isEqualTo(0.5);
        assertThat(m.recall()).isEqualTo(0.5);
        assertThat(m.f1()).isEqualTo(0.5);
        // B-cubed precision: r0,r1: 2/3; r2: 1/3; r3,r4: 2/2 -> (2/3+2/3+1/3+1+1)/5.
        assertThat(m.bcubedPrecision()).isCloseTo(11.0 / 15, within(1e-12));
        // B-cubed recall: r0,r1: 2/2; r2: 1/3; r3,r4: 2/3 -> (1+1+1/3+2/3+2/3)/5.
        assertThat(m.bcubedRecall()).isCloseTo(11.0 / 15, within(1e-12));
    }

    @Test
    void perfectAndAllSingletonPredictions() {
        String[] truth = {"a", "a", "b", "c", "c", "c"};
        LinkageMetrics perfect = ClusterEvaluation.evaluate(truth, truth);
        assertThat(perfect.f1()).isEqualTo(1.0);
        assertThat(perfect.bcubedRecall()).isEqualTo(1.0);
        Integer[] singletons = {0, 1, 2, 3, 4, 5};
        LinkageMetrics none = ClusterEvaluation.evaluate(singletons, truth);
        assertThat(none.predictedPairs()).isZero();
        assertThat(none.recall()).isZero();
        assertThat(none.bcubedPrecision()).isEqualTo(1.0);
        assertThat(none.bcubedRecall()).isCloseTo((0.5 + 0.5 + 1 + 1 / 3.0 * 3) / 6, within(1e-12));
    }
}
