package org.steward.lifecycle.core;

/**
 * The clauses a business associate agreement must hold (45 CFR 164.504(e)(2)), each a Y/N column of
 * agreements.csv: what the associate may use and disclose PHI for, safeguards, reporting breaches, and
 * returning or destroying the PHI at termination.
 */
public enum BaaClause {
    PERMITTED_USES("permitted_uses"),
    SAFEGUARDS("safeguards"),
    BREACH_NOTIFICATION("breach_notification"),
    RETURN_OR_DESTROY("return_or_destroy");

    private final String column;

    BaaClause(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }
}
