package org.steward.report.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TargetTest {

    @Test
    void anErrorRateIsGoodAtOrUnderItsTargetWatchUpToTheActThresholdAndActBeyond() {
        Target duplicates = new Target(Better.LOWER, 0.01, 0.02);
        assertThat(duplicates.mark(0.005)).isEqualTo(Mark.GOOD);
        assertThat(duplicates.mark(0.01)).isEqualTo(Mark.GOOD);
        assertThat(duplicates.mark(0.015)).isEqualTo(Mark.WATCH);
        assertThat(duplicates.mark(0.02)).isEqualTo(Mark.WATCH);
        assertThat(duplicates.mark(0.0538)).isEqualTo(Mark.ACT);
    }

    @Test
    void aRateWhereHigherIsBetterIsMarkedTheOtherWayRound() {
        Target response = new Target(Better.HIGHER, 0.90, 0.80);
        assertThat(response.mark(0.95)).isEqualTo(Mark.GOOD);
        assertThat(response.mark(0.85)).isEqualTo(Mark.WATCH);
        assertThat(response.mark(0.6429)).isEqualTo(Mark.ACT);
    }

    @Test
    void noValueGetsNoMarkRatherThanAGuess() {
        assertThat(new Target(Better.LOWER, 0.01, 0.02).mark(null)).isEqualTo(Mark.NONE);
        assertThat(new Target(Better.HIGHER, 90, 80).mark(Double.NaN)).isEqualTo(Mark.NONE);
    }

    @Test
    void bandsInTheWrongOrderAreRefused() {
        assertThatThrownBy(() -> new Target(Better.LOWER, 0.02, 0.01)).hasMessageContaining("better than target");
    }

    @Test
    void numbersReadTheSameWayEverywhere() {
        assertThat(Format.PERCENT.text(0.05382907880133185)).isEqualTo("5.38%");
        assertThat(Format.PERCENT.change(0.0538, 0.0500)).isEqualTo("+0.38 pts");
        assertThat(Format.DOLLARS.text(1348144.41)).isEqualTo("$1,348,144");
        assertThat(Format.RATIO.text(null)).isEqualTo(Format.MISSING);
        assertThat(Format.SCORE.change(99.7, null)).isEqualTo(Format.MISSING);
    }
}
