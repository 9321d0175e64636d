package org.steward.lifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    private static final RetentionPolicy POLICY = new RetentionPolicy(new FederalFloor(10, false, "floor"), List.of(
            new RetentionRule("CA", 7, "ca", Optional.of(new RetentionRule.MinorsRule(18, 1, "ca minors"))),
            new RetentionRule("NY", 6, "ny", Optional.empty())));

    private static RetentionDecision decide(String state, String served, String birth) {
        return POLICY.decide(Optional.ofNullable(state), Optional.ofNullable(served).map(LocalDate::parse),
                Optional.ofNullable(birth).map(LocalDate::parse));
    }

    @Test
    void anAdultsRecordIsKeptForTheStatesPeriodAfterTheLastService() {
        assertThat(decide("CA", "2025-03-10", "1970-01-01"))
                .isEqualTo(new RetentionDecision(Optional.of(LocalDate.parse("2032-03-10")), "CA.adult"));
        assertThat(decide("NY", "2025-03-10", "2020-01-01"))
                .as("NY has no minors' rule: a child's record follows the adult period")
                .isEqualTo(new RetentionDecision(Optional.of(LocalDate.parse("2031-03-10")), "NY.adult"));
    }

    @Test
    void aMinorsRecordIsKeptUntilMajorityPlusYearsWhenThatEndsLater() {
        // 5 years old when seen: 19th birthday in 2039, after 2032.
        assertThat(decide("CA", "2025-03-10", "2020-06-01"))
                .isEqualTo(new RetentionDecision(Optional.of(LocalDate.parse("2039-06-01")), "CA.minor"));
        // 17 when seen: 19th birthday in 2027, before the seven years end.
        assertThat(decide("CA", "2025-03-10", "2008-01-01"))
                .isEqualTo(new RetentionDecision(Optional.of(LocalDate.parse("2032-03-10")), "CA.adult"));
        // 18 on the day of service: an adult.
        assertThat(decide("CA", "2025-03-10", "2007-03-10").rule()).isEqualTo("CA.adult");
        // A birthday of 29 February: plus 19 years lands on 28 February.
        assertThat(decide("CA", "2025-03-10", "2024-02-29").retainUntil()).contains(LocalDate.parse("2043-02-28"));
        // Unknown birth date: judged as an adult.
        assertThat(decide("CA", "2025-03-10", null).rule()).isEqualTo("CA.adult");
    }

    @Test
    void aStateWithoutARuleOrAnUnknownStateFallsBackToTheFederalFloor() {
        assertThat(decide("WY", "2025-03-10", null))
                .isEqualTo(new RetentionDecision(Optional.of(LocalDate.parse("2035-03-10")), RetentionPolicy.NO_STATE_RULE));
        assertThat(decide(null, "2025-03-10", null).rule()).isEqualTo(RetentionPolicy.UNKNOWN_STATE);
    }

    @Test
    void aRecordWithoutServiceIsNeverGivenADate() {
        assertThat(decide("CA", null, "1970-01-01"))
                .isEqualTo(new RetentionDecision(Optional.empty(), RetentionPolicy.NO_SERVICE_DATE));
    }

    @Test
    void aFloorThatAlwaysAppliesLiftsShorterStateRules() {
        RetentionPolicy always = new RetentionPolicy(new FederalFloor(10, true, "floor"), POLICY.rules());
        assertThat(always.decide(Optional.of("NY"), Optional.of(LocalDate.parse("2025-03-10")), Optional.empty()))
                .isEqualTo(new RetentionDecision(Optional.of(LocalDate.parse("2035-03-10")), RetentionPolicy.FEDERAL));
        assertThat(always.decide(Optional.of("CA"), Optional.of(LocalDate.parse("2025-03-10")),
                Optional.of(LocalDate.parse("2020-06-01"))).rule()).isEqualTo("CA.minor");
    }
}
