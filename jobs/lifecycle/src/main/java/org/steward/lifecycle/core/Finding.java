package org.steward.lifecycle.core;

import java.util.Locale;

/** The kinds of agreement findings, as written in {@code agreements/findings}. */
public enum Finding {
    /** Past its expiration date, neither terminated nor renewed by a later agreement of the same counterparty and type. */
    EXPIRED,
    /** In force, expiring within the configured window, not renewed. */
    EXPIRING,
    /** A BAA without one of the clauses 45 CFR 164.504(e)(2) requires (one finding per missing clause). */
    MISSING_CLAUSE,
    /** Access granted and not revoked, and no BAA of the counterparty in force. */
    ACCESS_WITHOUT_AGREEMENT,
    /** Access not revoked by the day the counterparty's last BAA ended, whether revoked later or still open. */
    ACCESS_AFTER_TERMINATION,
    /** An agreement that ended (and was not renewed) without certified return or destruction of the PHI. */
    DESTRUCTION_NOT_CERTIFIED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
