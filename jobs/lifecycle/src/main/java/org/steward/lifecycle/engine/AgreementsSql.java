package org.steward.lifecycle.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.steward.lifecycle.core.BaaClause;
import org.steward.lifecycle.core.Finding;
import org.steward.platform.engine.SqlDialect;

/**
 * The agreements job's SQL, the same on both engines, over the views {@code agreements} and {@code vendor_access}.
 * On the run date an agreement has <em>ended</em> when it was terminated (terminated_date on or before it) or
 * expired (expiration_date before it); it is <em>renewed</em> when the same counterparty has a later agreement
 * (later effective date) of the same type; it is <em>in force</em> when it has started and not ended. Counterparty
 * names match across the two files case-insensitively.
 */
final class AgreementsSql {

    private final SqlDialect dialect;
    private final String asOf;
    private final String period;
    private final int expiringWithinDays;

    AgreementsSql(SqlDialect dialect, LocalDate asOf, String period, int expiringWithinDays) {
        this.dialect = dialect;
        this.asOf = dialect.literal(asOf);
        this.period = dialect.literal(period);
        this.expiringWithinDays = expiringWithinDays;
    }

    /** Grain: agreement, with its state on the run date and the day it ended (termination or expiration, the earlier). */
    String agreements() {
        String terminated = "(a.terminated_date IS NOT NULL AND a.terminated_date <= " + asOf + ")";
        String expired = "(a.expiration_date IS NOT NULL AND a.expiration_date < " + asOf + ")";
        return "SELECT a.*, upper(a.counterparty) AS party, " + terminated + " AS terminated, " + expired + " AS expired, "
                + "(" + terminated + " OR " + expired + ") AS ended, "
                + "((a.effective_date IS NULL OR a.effective_date <= " + asOf + ") AND NOT " + terminated + " AND NOT "
                + expired + ") AS in_force, "
                + "coalesce(a.effective_date < m.latest_effective, false) AS renewed, "
                + "CASE WHEN a.terminated_date IS NOT NULL AND (a.expiration_date IS NULL OR a.terminated_date <= "
                + "a.expiration_date) THEN a.terminated_date ELSE a.expiration_date END AS ends_on, "
                + "row_number() OVER (PARTITION BY upper(a.counterparty), a.agreement_type ORDER BY a.effective_date DESC "
                + "NULLS LAST, a.agreement_id DESC) AS recency "
                + "FROM agreements a LEFT JOIN (SELECT upper(counterparty) AS party, agreement_type, "
                + "max(effective_date) AS latest_effective FROM agreements GROUP BY upper(counterparty), agreement_type) m "
                + "ON m.party = upper(a.counterparty) AND m.agreement_type = a.agreement_type";
    }

    /** Grain: access grant open on the run date (granted, not revoked). */
    String openAccess() {
        return "SELECT v.*, upper(v.counterparty) AS party FROM vendor_access v WHERE (v.granted_date IS NULL OR "
                + "v.granted_date <= " + asOf + ") AND (v.revoked_date IS NULL OR v.revoked_date > " + asOf + ")";
    }

    /** Grain: finding. Every kind, in the output's columns. */
    String findings() {
        List<String> parts = new ArrayList<>();
        parts.add(select("a.agreement_id", "a.counterparty", Finding.EXPIRED,
                "'expired ' || " + text("a.expiration_date") + " || ': not terminated and not renewed by a later "
                        + "agreement of the same counterparty and type'",
                "a.agreement_type", "NULL", "NULL", "a.expiration_date",
                "lc_agreement a WHERE a.expired AND NOT a.terminated AND NOT a.renewed"));
        parts.add(select("a.agreement_id", "a.counterparty", Finding.EXPIRING,
                "'expires ' || " + text("a.expiration_date") + " || ', in ' || "
                        + text(dialect.daysBetween(asOf, "a.expiration_date")) + " || ' days; not renewed'",
                "a.agreement_type", "NULL", "NULL", "a.expiration_date",
                "lc_agreement a WHERE NOT a.ended AND NOT a.renewed AND a.expiration_date IS NOT NULL AND "
                        + dialect.daysBetween(asOf, "a.expiration_date") + " BETWEEN 0 AND " + expiringWithinDays));
        for (BaaClause clause : BaaClause.values()) {
            parts.add(select("a.agreement_id", "a.counterparty", Finding.MISSING_CLAUSE,
                    dialect.literal("missing " + clause.column()), "a.agreement_type", "NULL", "NULL", "a.effective_date",
                    "lc_agreement a WHERE a.agreement_type = 'baa' AND coalesce(a." + clause.column() + ", 'n') <> 'y'"));
        }
        String where = "'access to ' || v.system || ' at ' || v.facility_id || ' granted ' || " + text("v.granted_date");
        parts.add(select("b.agreement_id", "v.counterparty", Finding.ACCESS_WITHOUT_AGREEMENT,
                where + " || ', not revoked; no BAA in force'", "'baa'", "v.facility_id", "v.system", "v.granted_date",
                "lc_open_access v LEFT JOIN (SELECT DISTINCT party FROM lc_agreement WHERE agreement_type = 'baa' AND "
                        + "in_force) c ON c.party = v.party LEFT JOIN lc_agreement b ON b.party = v.party AND "
                        + "b.agreement_type = 'baa' AND b.recency = 1 WHERE c.party IS NULL"));
        parts.add(select("b.agreement_id", "v.counterparty", Finding.ACCESS_AFTER_TERMINATION,
                where + " || ', not revoked by ' || " + text("b.ends_on") + " || ' when the last BAA ended: ' || "
                        + "CASE WHEN v.revoked_date IS NULL OR v.revoked_date > " + asOf + " THEN 'still open' ELSE "
                        + "'revoked ' || " + text("v.revoked_date") + " END",
                "'baa'", "v.facility_id", "v.system", "b.ends_on",
                "(SELECT x.*, upper(x.counterparty) AS party FROM vendor_access x WHERE x.granted_date IS NULL OR "
                        + "x.granted_date <= " + asOf + ") v JOIN lc_agreement b ON b.party = v.party AND "
                        + "b.agreement_type = 'baa' AND b.recency = 1 AND b.ended "
                        + "WHERE v.revoked_date IS NULL OR v.revoked_date > b.ends_on"));
        parts.add(select("a.agreement_id", "a.counterparty", Finding.DESTRUCTION_NOT_CERTIFIED,
                "'ended ' || " + text("a.ends_on") + " || CASE WHEN a.terminated THEN ' (terminated)' ELSE ' (expired)' END"
                        + " || ': return or destruction of the PHI not certified'",
                "a.agreement_type", "NULL", "NULL", "a.ends_on",
                "lc_agreement a WHERE a.ended AND NOT a.renewed AND coalesce(a.destruction_certified, 'n') <> 'y'"));
        return String.join(" UNION ALL ", parts);
    }

    private String select(String agreement, String counterparty, Finding finding, String detail, String type,
                          String facility, String system, String eventDate, String from) {
        return "SELECT " + agreement + " AS agreement_id, " + counterparty + " AS counterparty, "
                + dialect.literal(finding.key()) + " AS finding, " + detail + " AS detail, " + type + " AS agreement_type, "
                + facility + " AS facility_id, " + system + " AS system, " + eventDate + " AS event_date, "
                + asOf + " AS as_of, " + period + " AS period FROM " + from;
    }

    /** A value as text, '?' when empty, so one empty date does not blank a whole detail. */
    private static String text(String value) {
        return "coalesce(CAST(" + value + " AS STRING), '?')";
    }
}
