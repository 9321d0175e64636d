package org.steward.denials.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MixShiftTest {

    @Test
    void aMonthWhoseMixMatchesTheTrailingMonthsHasNotShifted() {
        MixShift.Result result = MixShift.test(new long[] {10, 20, 30}, new long[] {60, 120, 180}, 0.01, 20);
        assertThat(result.tested()).isTrue();
        assertThat(result.statistic()).isCloseTo(0.0, within(1e-12));
        assertThat(result.pValue()).isCloseTo(1.0, within(1e-12));
        assertThat(result.df()).isEqualTo(2);
        assertThat(result.shifted()).isFalse();
    }

    @Test
    void aCategoryThatDoublesItsShareShiftsTheMixAndIsNamed() {
        // 2 x 2: this month 30 of 60 in category 1, before 30 of 120. Expected this month 40 and 20, before 80 and 40;
        // chi-square = (30-40)^2/40 + (30-20)^2/20 + (90-80)^2/80 + (30-40)^2/40 = 2.5 + 5 + 1.25 + 2.5 = 11.25.
        MixShift.Result result = MixShift.test(new long[] {30, 30}, new long[] {90, 30}, 0.01, 20);
        assertThat(result.statistic()).isCloseTo(11.25, within(1e-9));
        assertThat(result.df()).isEqualTo(1);
        assertThat(result.pValue()).isCloseTo(7.96e-4, within(1e-5));
        assertThat(result.shifted()).isTrue();
        assertThat(result.mostRaised()).isEqualTo(1);
        assertThat(result.minExpected()).isCloseTo(20.0, within(1e-9));
    }

    @Test
    void categoriesWithNoDenialsAreLeftOutAndTooFewDenialsAreNotTested() {
        MixShift.Result withEmpty = MixShift.test(new long[] {30, 0, 30}, new long[] {90, 0, 30}, 0.01, 20);
        assertThat(withEmpty.df()).isEqualTo(1);
        assertThat(withEmpty.statistic()).isCloseTo(11.25, within(1e-9));
        assertThat(withEmpty.mostRaised()).isEqualTo(2);
        MixShift.Result few = MixShift.test(new long[] {5, 5}, new long[] {90, 30}, 0.01, 20);
        assertThat(few.tested()).isFalse();
        assertThat(few.shifted()).isFalse();
        assertThat(few.pValue()).isNaN();
        assertThat(few.note()).contains("too few denials");
        assertThat(MixShift.test(new long[] {30, 0}, new long[] {90, 0}, 0.01, 20).note()).contains("two categories");
        assertThatThrownBy(() -> MixShift.test(new long[] {1}, new long[] {1, 2}, 0.01, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
