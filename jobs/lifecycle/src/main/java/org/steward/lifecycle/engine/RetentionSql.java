package org.steward.lifecycle.engine;

import java.time.LocalDate;
import org.steward.lifecycle.core.FederalFloor;
import org.steward.lifecycle.core.RetentionPolicy;
import org.steward.platform.engine.SqlDialect;

/**
 * The retention job's SQL, one statement per step, the same on both engines. Reads the views {@code patients},
 * {@code encounters}, {@code facilities}, {@code legal_holds}, {@code mpi_xref}, and the rule tables
 * {@code ref_state_rule} (state, adult_years, majority, after_majority) and {@code ref_rule_source} (rule, source).
 * The decision per record is {@link RetentionPolicy#decide}'s, written as SQL.
 */
final class RetentionSql {

    private final SqlDialect dialect;
    private final FederalFloor floor;
    private final String asOf;
    private final String period;

    RetentionSql(SqlDialect dialect, FederalFloor floor, LocalDate asOf, String period) {
        this.dialect = dialect;
        this.floor = floor;
        this.asOf = dialect.literal(asOf);
        this.period = dialect.literal(period);
    }

    /** Grain: facility + MRN with an encounter. The last date of service: latest discharge, else admission. */
    String services() {
        return "SELECT facility_id, mrn, max(coalesce(discharge_date, admit_date)) AS last_service_date FROM encounters "
                + "WHERE mrn IS NOT NULL GROUP BY facility_id, mrn";
    }

    /**
     * Grain: one row per record, registered or seen in an encounter, with its last date of service and birth date.
     * One full join of two relations unique on facility + MRN (stage keeps one row per key) gives the records and
     * both columns at once, where a union of keys would need a distinct and two joins back.
     */
    private static String datedRecords() {
        return "SELECT coalesce(p.facility_id, s.facility_id) AS facility_id, coalesce(p.mrn, s.mrn) AS mrn, "
                + "s.last_service_date, p.birth_date FROM (SELECT facility_id, mrn, birth_date FROM patients) p "
                + "FULL OUTER JOIN lc_service s ON s.facility_id = p.facility_id AND s.mrn = p.mrn";
    }

    /** Grain: record. Its own retention date and rule, before linked records are looked at. */
    String ownRetention() {
        String served = "k.last_service_date";
        // Each date only where it can count: the floor without a state rule (or everywhere when it always applies).
        String floorUntil = (floor.always() ? "" : "CASE WHEN k.rule_state IS NULL THEN ")
                + dialect.plusYears(served, Integer.toString(floor.years())) + (floor.always() ? "" : " END");
        String adultUntil = "CASE WHEN k.rule_state IS NOT NULL THEN " + dialect.plusYears(served, "k.adult_years")
                + " END";
        String minorUntil = "CASE WHEN k.majority IS NOT NULL AND k.birth_date IS NOT NULL AND "
                + dialect.wholeYears("k.birth_date", served) + " < k.majority THEN "
                + dialect.plusYears("k.birth_date", "(k.majority + k.after_majority)") + " END";
        String inner = "SELECT k.*, " + floorUntil + " AS floor_until, " + adultUntil + " AS adult_until, " + minorUntil
                + " AS minor_until FROM (SELECT r.facility_id, r.mrn, r.last_service_date, r.birth_date, f.state, "
                + "g.state AS rule_state, g.adult_years, g.majority, g.after_majority, x.enterprise_id "
                + "FROM (" + datedRecords() + ") r "
                + "LEFT JOIN facilities f ON f.facility_id = r.facility_id "
                + "LEFT JOIN ref_state_rule g ON g.state = f.state "
                + "LEFT JOIN mpi_xref x ON x.facility_id = r.facility_id AND x.mrn = r.mrn) k";
        String stateUntil = "CASE WHEN t.minor_until > t.adult_until THEN t.minor_until ELSE t.adult_until END";
        String stateRule = "CASE WHEN t.minor_until > t.adult_until THEN t.rule_state || '.minor' ELSE t.rule_state || '.adult' END";
        String floorWins = floor.always() ? "t.floor_until > (" + stateUntil + ")" : "1 = 0";
        return "SELECT t.facility_id, t.mrn, t.last_service_date, t.state, t.enterprise_id, "
                + "CASE WHEN t.last_service_date IS NULL THEN NULL WHEN t.rule_state IS NULL THEN t.floor_until "
                + "WHEN " + floorWins + " THEN t.floor_until ELSE " + stateUntil + " END AS own_until, "
                + "CASE WHEN t.last_service_date IS NULL THEN " + dialect.literal(RetentionPolicy.NO_SERVICE_DATE)
                + " WHEN t.rule_state IS NULL THEN CASE WHEN t.state IS NULL THEN "
                + dialect.literal(RetentionPolicy.UNKNOWN_STATE) + " ELSE " + dialect.literal(RetentionPolicy.NO_STATE_RULE)
                + " END WHEN " + floorWins + " THEN " + dialect.literal(RetentionPolicy.FEDERAL) + " ELSE " + stateRule
                + " END AS own_rule FROM (" + inner + ") t";
    }

    /**
     * Grain: enterprise id (a person the MPI linked) with a dated record. How many jurisdictions (facility
     * states; an unknown state counts as one) its dated records span, and the latest retention among them with
     * its rule (the smallest rule name when several records share that date).
     */
    static String persons() {
        return "SELECT p.enterprise_id, p.jurisdictions, p.latest, min(o.own_rule) AS latest_rule FROM ("
                + "SELECT enterprise_id, count(DISTINCT coalesce(state, '')) AS jurisdictions, max(own_until) AS latest "
                + "FROM lc_own WHERE enterprise_id IS NOT NULL AND own_until IS NOT NULL GROUP BY enterprise_id) p "
                + "JOIN lc_own o ON o.enterprise_id = p.enterprise_id AND o.own_until = p.latest "
                + "GROUP BY p.enterprise_id, p.jurisdictions, p.latest";
    }

    /** Grain: legal hold, with whether it stands on the run date (started, not released). */
    String holds() {
        return "SELECT hold_id, facility_id, mrn, start_date, release_date, matter, "
                + "((start_date IS NULL OR start_date <= " + asOf + ") AND (release_date IS NULL OR release_date > "
                + asOf + ")) AS standing FROM legal_holds";
    }

    /**
     * Grain: record x hold covering it (a blank mrn covers every record of the facility). The records are
     * {@code lc_own}'s, one row per record key.
     */
    static String holdCoverage() {
        return "SELECT k.facility_id, k.mrn, h.hold_id FROM lc_own k JOIN lc_hold h "
                + "ON h.facility_id = k.facility_id AND h.mrn = k.mrn "
                + "UNION ALL SELECT k.facility_id, k.mrn, h.hold_id FROM lc_own k JOIN lc_hold h "
                + "ON h.facility_id = k.facility_id WHERE h.mrn IS NULL";
    }

    /** Grain: record. The final retention, the standing holds, eligibility. */
    String records() {
        String linked = "(p.jurisdictions >= 2 AND o.own_until IS NOT NULL AND p.latest > o.own_until)";
        String standing = "SELECT c.facility_id, c.mrn, " + dialect.sortedDistinctJoin("c.hold_id", "','")
                + " AS hold_ids FROM lc_coverage c JOIN lc_hold h ON h.hold_id = c.hold_id WHERE h.standing "
                + "GROUP BY c.facility_id, c.mrn";
        String decided = "SELECT o.facility_id, o.mrn, o.last_service_date, "
                + "CASE WHEN " + linked + " THEN p.latest ELSE o.own_until END AS retain_until, "
                + "CASE WHEN " + linked + " THEN " + dialect.literal(RetentionPolicy.LINKED) + " || p.latest_rule "
                + "ELSE o.own_rule END AS rule, "
                + "CASE WHEN " + linked + " THEN p.latest_rule ELSE o.own_rule END AS base_rule, "
                + "o.state, o.own_until AS record_retain_until, o.own_rule AS record_rule, o.enterprise_id "
                + "FROM lc_own o LEFT JOIN lc_person p ON p.enterprise_id = o.enterprise_id";
        return "SELECT d.facility_id, d.mrn, d.last_service_date, d.retain_until, d.rule, s.hold_ids AS hold_id, "
                + "(d.retain_until IS NOT NULL AND d.retain_until < " + asOf + " AND s.hold_ids IS NULL) AS eligible, "
                + "d.state, d.record_retain_until, d.record_rule, d.enterprise_id, src.source AS rule_source, "
                + asOf + " AS as_of, " + period + " AS period FROM (" + decided + ") d "
                + "LEFT JOIN (" + standing + ") s ON s.facility_id = d.facility_id AND s.mrn = d.mrn "
                + "LEFT JOIN ref_rule_source src ON src.rule = d.base_rule";
    }

    /** Grain: eligible record. Why it may be destroyed, in words the committee reads. */
    static String disposition() {
        return "SELECT facility_id, state, mrn, last_service_date, retain_until, rule, rule_source, "
                + "'retention ended ' || CAST(retain_until AS STRING) || ' under rule ' || rule || "
                + "'; no legal hold stands' AS reason, as_of, period FROM lc_records WHERE eligible";
    }

    /** Grain: legal hold. The records it covers, holds (while standing), and would otherwise be eligible. */
    String holdCounts() {
        return "SELECT h.hold_id, h.facility_id, CASE WHEN h.mrn IS NULL THEN 'facility' ELSE 'record' END AS scope, "
                + "h.matter, h.start_date, h.release_date, h.standing, coalesce(c.covered, 0) AS records_covered, "
                + "CASE WHEN h.standing THEN coalesce(c.covered, 0) ELSE 0 END AS records_held, "
                + "CASE WHEN h.standing THEN coalesce(c.past_retention, 0) ELSE 0 END AS records_otherwise_eligible, "
                + asOf + " AS as_of, " + period + " AS period FROM lc_hold h LEFT JOIN ("
                + "SELECT c.hold_id, count(*) AS covered, sum(CASE WHEN r.retain_until < " + asOf
                + " THEN 1 ELSE 0 END) AS past_retention FROM lc_coverage c JOIN lc_records r "
                + "ON r.facility_id = c.facility_id AND r.mrn = c.mrn GROUP BY c.hold_id) c ON c.hold_id = h.hold_id";
    }
}
