package org.steward.mpi.core.golden;

import java.time.LocalDate;
import org.steward.mpi.core.PatientRecord;

/**
 * One registration of an enterprise id, as survivorship sees it: the registration and the date of
 * its latest encounter ({@code lastActivity}, null when it has none), which says how current its
 * values are. The caller computes lastActivity: the matching core does not read encounters.
 */
public record GoldenMember(PatientRecord record, LocalDate lastActivity) {

    /** The registration as it prints itself (no identifiers); the encounter date is a date of service, so it stays out. */
    @Override
    public String toString() {
        return "GoldenMember[" + record + ", last activity " + (lastActivity == null ? "none" : "withheld") + "]";
    }
}
