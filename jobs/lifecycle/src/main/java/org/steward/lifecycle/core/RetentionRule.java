package org.steward.lifecycle.core;

import java.util.Objects;
import java.util.Optional;

/**
 * One state's retention law for a hospital record: kept {@code adultYears} after the last date of service, and,
 * when the state has a minors' rule, a minor's record at least until the patient is {@code ageOfMajority +
 * yearsAfterMajority} years old (whichever ends later).
 */
public record RetentionRule(String state, int adultYears, String source, Optional<MinorsRule> minors) {

    public RetentionRule {
        Objects.requireNonNull(state);
        Objects.requireNonNull(source);
        Objects.requireNonNull(minors);
    }

    /** Until the patient is {@code ageOfMajority + yearsAfterMajority} years old, for a patient who was a minor when last seen. */
    public record MinorsRule(int ageOfMajority, int yearsAfterMajority, String source) {
    }
}
