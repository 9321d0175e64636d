package org.steward.core.contract;

/** What happens to a row whose value in this column cannot be typed. */
public enum InvalidValuePolicy {
    /** The whole row goes to quarantine with the field and reason. */
    QUARANTINE,
    /**
     * The row is kept: the typed column is null and the text as received is kept in {@code <column>_raw}.
     * Used for identity fields, where losing the registration would hide it from the MPI; the
     * quality job reports these values instead.
     */
    KEEP_RAW
}
