package org.steward.casemix.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CmiChangeTest {

    private static final double EXACT = 1e-12;

    /** A count in a month that shares its fiscal year with the other month. */
    private static PricedCount same(String drg, String family, long n, double weight) {
        return new PricedCount(drg, family, n, weight, weight);
    }

    // Before: family A 2 x a1 (2.0) + 2 x a2 (1.0); family B 4 x b1 (1.0). CMI 10/8 = 1.25.
    private static final List<PricedCount> BEFORE = List.of(
            same("a1", "A", 2, 2.0), same("a2", "A", 2, 1.0), same("b1", "B", 4, 1.0));

    private static void assertAddsUp(CmiChange change) {
        assertThat(change.weightTableEffect() + change.mixEffect() + change.severityEffect())
                .isCloseTo(change.total(), within(1e-9));
    }

    @Test
    void moreStaysInTheHigherMemberOfAFamilyIsPureSeverity() {
        // After: A 3 x a1 + 1 x a2; B 4 x b1. CMI 11/8. Shares unchanged (A 1/2, B 1/2);
        // A's average weight 1.5 -> 1.75, so severity = 1/2 x 0.25 = 0.125.
        CmiChange change = CmiChange.between(BEFORE,
                List.of(same("a1", "A", 3, 2.0), same("a2", "A", 1, 1.0), same("b1", "B", 4, 1.0)));
        assertThat(change.cmiBefore()).isCloseTo(1.25, within(EXACT));
        assertThat(change.cmiAfter()).isCloseTo(1.375, within(EXACT));
        assertThat(change.total()).isCloseTo(0.125, within(EXACT));
        assertThat(change.weightTableEffect()).isZero();
        assertThat(change.mixEffect()).isCloseTo(0.0, within(EXACT));
        assertThat(change.severityEffect()).isCloseTo(0.125, within(EXACT));
    }

    @Test
    void moreStaysInAHeavierFamilyIsPureMix() {
        // After: A 4 x a1 + 4 x a2 (average still 1.5); B 2 x b1. CMI 14/10 = 1.4.
        // Shares A 0.5 -> 0.8, B 0.5 -> 0.2: mix = 0.3 x 1.5 - 0.3 x 1.0 = 0.15.
        CmiChange change = CmiChange.between(BEFORE,
                List.of(same("a1", "A", 4, 2.0), same("a2", "A", 4, 1.0), same("b1", "B", 2, 1.0)));
        assertThat(change.cmiAfter()).isCloseTo(1.4, within(EXACT));
        assertThat(change.total()).isCloseTo(0.15, within(EXACT));
        assertThat(change.weightTableEffect()).isZero();
        assertThat(change.mixEffect()).isCloseTo(0.15, within(EXACT));
        assertThat(change.severityEffect()).isCloseTo(0.0, within(EXACT));
    }

    @Test
    void theSameStaysOnANewWeightTableArePureWeightTable() {
        // October: a1 2.0 -> 2.2, a2 stays 1.0, b1 1.0 -> 1.1. Same counts: CMI 10.8/8 = 1.35.
        List<PricedCount> september = List.of(new PricedCount("a1", "A", 2, 2.0, 2.2),
                new PricedCount("a2", "A", 2, 1.0, 1.0), new PricedCount("b1", "B", 4, 1.0, 1.1));
        List<PricedCount> october = List.of(same("a1", "A", 2, 2.2), same("a2", "A", 2, 1.0), same("b1", "B", 4, 1.1));
        CmiChange change = CmiChange.between(september, october);
        assertThat(change.cmiBefore()).isCloseTo(1.25, within(EXACT));
        assertThat(change.cmiAfter()).isCloseTo(1.35, within(EXACT));
        assertThat(change.weightTableEffect()).isCloseTo(0.1, within(EXACT));
        assertThat(change.mixEffect()).isCloseTo(0.0, within(EXACT));
        assertThat(change.severityEffect()).isCloseTo(0.0, within(EXACT));
    }

    @Test
    void acrossAFiscalYearWithFamiliesInOnlyOneMonthTheThreeEffectsAddUp() {
        // September (FY 2025, weights re-priced on FY 2026): A 2 x a1 (2.0 / 2.2) + 2 x a2 (1.0 / 0.9);
        // B 4 x b1 (1.0 / 1.1); C 2 x c1 (3.0 / 3.3), C only in September. CMI 16/10; re-priced 17.2/10.
        List<PricedCount> september = List.of(new PricedCount("a1", "A", 2, 2.0, 2.2),
                new PricedCount("a2", "A", 2, 1.0, 0.9), new PricedCount("b1", "B", 4, 1.0, 1.1),
                new PricedCount("c1", "C", 2, 3.0, 3.3));
        // October (FY 2026): A 3 x a1 + 1 x a2; B 2 x b1; D 4 x d1 (0.5), D only in October. CMI 11.7/10.
        List<PricedCount> october = List.of(same("a1", "A", 3, 2.2), same("a2", "A", 1, 0.9), same("b1", "B", 2, 1.1),
                same("d1", "D", 4, 0.5));
        CmiChange change = CmiChange.between(september, october);
        assertThat(change.cmiBefore()).isCloseTo(1.6, within(EXACT));
        assertThat(change.cmiAfter()).isCloseTo(1.17, within(EXACT));
        assertThat(change.weightTableEffect()).isCloseTo(0.12, within(EXACT));
        // A: 0.4 -> 0.4 at 1.55; B: 0.4 -> 0.2 at 1.1; C: 0.2 -> 0 at 3.3; D: 0 -> 0.4 at its own 0.5.
        assertThat(change.mixEffect()).isCloseTo(-0.22 - 0.66 + 0.2, within(EXACT));
        // Only A moved within itself: 0.4 x (1.875 - 1.55).
        assertThat(change.severityEffect()).isCloseTo(0.13, within(EXACT));
        assertThat(change.total()).isCloseTo(-0.43, within(EXACT));
        assertAddsUp(change);
    }

    @Test
    void theEffectsAddUpOnRandomMonths() {
        SplittableRandom random = new SplittableRandom(20260101);
        for (int trial = 0; trial < 500; trial++) {
            boolean newTable = random.nextBoolean();
            double[] oldWeights = new double[30];
            double[] newWeights = new double[30];
            for (int d = 0; d < 30; d++) {
                oldWeights[d] = 0.3 + 5 * random.nextDouble();
                newWeights[d] = newTable ? oldWeights[d] * (0.9 + 0.2 * random.nextDouble()) : oldWeights[d];
            }
            List<PricedCount> before = new ArrayList<>();
            List<PricedCount> after = new ArrayList<>();
            for (int d = 0; d < 30; d++) {
                String family = "F" + d / 3;
                // Some families appear in one month only; some DRGs have zero discharges.
                if (random.nextInt(4) > 0) {
                    before.add(new PricedCount("d" + d, family, random.nextInt(50), oldWeights[d], newWeights[d]));
                }
                if (random.nextInt(4) > 0) {
                    after.add(same("d" + d, family, random.nextInt(50), newWeights[d]));
                }
            }
            before.add(new PricedCount("d0", "F0", 1, oldWeights[0], newWeights[0]));
            after.add(same("d29", "F9", 1, newWeights[29]));
            CmiChange change = CmiChange.between(before, after);
            assertAddsUp(change);
            if (!newTable) {
                assertThat(change.weightTableEffect()).isZero();
            }
        }
    }

    @Test
    void rowsOfTheSameDrgAddUpAndEmptyRowsCountForNothing() {
        CmiChange split = CmiChange.between(
                List.of(same("a1", "A", 1, 2.0), same("a1", "A", 1, 2.0), same("a2", "A", 2, 1.0),
                        same("b1", "B", 4, 1.0), same("z9", "Z", 0, 9.0)),
                List.of(same("a1", "A", 3, 2.0), same("a2", "A", 1, 1.0), same("b1", "B", 4, 1.0)));
        CmiChange whole = CmiChange.between(BEFORE,
                List.of(same("a1", "A", 3, 2.0), same("a2", "A", 1, 1.0), same("b1", "B", 4, 1.0)));
        assertThat(split.cmiBefore()).isCloseTo(whole.cmiBefore(), within(EXACT));
        assertThat(split.mixEffect()).isCloseTo(whole.mixEffect(), within(EXACT));
        assertThat(split.severityEffect()).isCloseTo(whole.severityEffect(), within(EXACT));
    }

    @Test
    void aMonthWithoutDischargesHasNoCmiToExplain() {
        assertThatThrownBy(() -> CmiChange.between(List.of(), BEFORE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
        assertThatThrownBy(() -> CmiChange.between(BEFORE, List.of(same("a1", "A", 0, 2.0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after");
    }

    @Test
    void countsAndWeightsMustBeReal() {
        assertThatThrownBy(() -> new PricedCount("a1", "A", -1, 1.0, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PricedCount("a1", "A", 1, Double.NaN, 1.0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PricedCount("a1", "A", 1, 1.0, -0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
