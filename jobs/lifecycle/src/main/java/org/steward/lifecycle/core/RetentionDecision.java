package org.steward.lifecycle.core;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How long one record is kept and which rule says so. {@code retainUntil} is empty when the record has no date
 * of service (a registration without encounters): its clock never started, so it is never eligible.
 */
public record RetentionDecision(Optional<LocalDate> retainUntil, String rule) {
}
