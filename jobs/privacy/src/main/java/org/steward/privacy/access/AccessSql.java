package org.steward.privacy.access;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.steward.core.contract.InputContract;
import org.steward.core.period.Period;
import org.steward.platform.engine.SqlDialect;
import org.steward.privacy.config.PrivacyConfig;
import org.steward.privacy.core.AccessFinding;

/**
 * The access audit's rules as SQL for both engines, over the staged {@code access_log}, {@code workforce} and
 * {@code encounters}, the MPI's {@code mpi_xref} (empty when the MPI has not run) and the registrations that may
 * be family of a user ({@code acc_family}, worked out in Java with the MPI's standardisers).
 */
final class AccessSql {

    /** Every role of the workforce contract. */
    static final List<String> ROLES = InputContract.WORKFORCE.columns()
            .get(InputContract.WORKFORCE.indexOf("role")).choices();

    private final SqlDialect d;
    private final PrivacyConfig.Access access;
    private final LocalDate asOf;

    AccessSql(SqlDialect dialect, PrivacyConfig.Access access, LocalDate asOf) {
        this.d = dialect;
        this.access = access;
        this.asOf = asOf;
    }

    LocalDate asOf() {
        return asOf;
    }

    /** Every event dated on or before the run date (history for the volume baseline). */
    String allEvents() {
        return "SELECT facility_id, event_time, user_id, mrn, action, CAST(substr(event_time, 1, 10) AS DATE) AS event_date "
                + "FROM access_log WHERE period <= " + d.literal(Period.of(asOf).toString())
                + " AND CAST(substr(event_time, 1, 10) AS DATE) <= " + d.literal(asOf);
    }

    /** The first day judged, or null when every event on file is. */
    LocalDate auditFrom() {
        return access.auditDays() == 0 ? null : asOf.minusDays(access.auditDays() - 1L);
    }

    /** The events judged, each with the person it is about: the MPI's enterprise id, else facility|MRN. */
    String events() {
        LocalDate from = auditFrom();
        return "SELECT e.facility_id, e.event_time, e.user_id, e.mrn, e.action, e.event_date, "
                + personKey("x.enterprise_id", "e.facility_id", "e.mrn") + " AS person_key, "
                + "(x.enterprise_id IS NOT NULL) AS linked_by_mpi "
                + "FROM (" + allEvents() + ") e LEFT JOIN mpi_xref x ON x.facility_id = e.facility_id AND x.mrn = e.mrn"
                + (from == null ? "" : " WHERE e.event_date >= " + d.literal(from));
    }

    /** The persons each user is, through the own_mrn of each of their roster rows (and the MPI's links of it). */
    static String ownPersons() {
        return "SELECT DISTINCT w.user_id, " + personKey("x.enterprise_id", "w.facility_id", "w.own_mrn") + " AS person_key "
                + "FROM workforce w LEFT JOIN mpi_xref x ON x.facility_id = w.facility_id AND x.mrn = w.own_mrn "
                + "WHERE w.own_mrn IS NOT NULL";
    }

    /**
     * The registrations and days with an encounter that gives a reason to open the record: one of the patient at
     * that facility from days-before-admit before its admission to days-after-discharge after its discharge (or
     * the run date while the patient has none). Worked out per registration and day, far fewer than events.
     */
    String context() {
        return "SELECT v.facility_id, v.mrn, v.event_date FROM (SELECT DISTINCT facility_id, mrn, event_date FROM acc_event) v "
                + "JOIN encounters n ON n.facility_id = v.facility_id AND n.mrn = v.mrn "
                + "WHERE " + d.daysBetween("coalesce(n.admit_date, n.discharge_date)", "v.event_date") + " >= "
                + -access.daysBeforeAdmit() + " AND "
                + d.daysBetween("coalesce(n.discharge_date, " + d.literal(asOf) + ")", "v.event_date") + " <= "
                + access.daysAfterDischarge() + " GROUP BY v.facility_id, v.mrn, v.event_date";
    }

    /**
     * The judged events that break at least one rule, with what the rules need: the user's role and termination
     * there, self, family, context. Only those rows are kept: every other event yields no finding.
     */
    String judged() {
        return "SELECT * FROM (SELECT e.*, w.role, w.terminated_date, (o.user_id IS NOT NULL) AS is_self, "
                + "(f.user_id IS NOT NULL) AS family_match, (c.mrn IS NOT NULL) AS has_context "
                + "FROM acc_event e "
                + "LEFT JOIN workforce w ON w.facility_id = e.facility_id AND w.user_id = e.user_id "
                + "LEFT JOIN acc_own o ON o.user_id = e.user_id AND o.person_key = e.person_key "
                + "LEFT JOIN acc_family f ON f.facility_id = e.facility_id AND f.mrn = e.mrn AND f.user_id = e.user_id "
                + "LEFT JOIN acc_context c ON c.facility_id = e.facility_id AND c.mrn = e.mrn AND c.event_date = e.event_date) j "
                + "WHERE " + eventRules().stream().map(r -> "(" + r.judges() + ")").collect(Collectors.joining(" OR "));
    }

    /** The event rules' findings, one row per event and rule broken. */
    String eventFindings() {
        return eventRules().stream().map(this::finding).collect(Collectors.joining(" UNION ALL "));
    }

    /** An event rule: the events it finds (among those it applies to) and the detail it writes. */
    private record EventRule(AccessFinding finding, String applies, String condition, String detail) {

        String judges() {
            return applies + " AND (" + condition + ")";
        }
    }

    private List<EventRule> eventRules() {
        String window = access.daysBeforeAdmit() + " days before admission to " + access.daysAfterDischarge()
                + " days after discharge";
        return List.of(
                rule(AccessFinding.SELF_ACCESS, "is_self",
                        "CASE WHEN linked_by_mpi THEN 'record of the user as a patient (the enterprise id of their own registration)' "
                                + "ELSE 'record of the user as a patient (their own registration)' END"),
                rule(AccessFinding.FAMILY_ACCESS, "family_match AND NOT is_self AND NOT has_context",
                        "'patient shares last name and address with the user; no encounter from " + window + "'"),
                rule(AccessFinding.TERMINATED_USER, "event_date > terminated_date",
                        "'access ' || " + d.asText(d.daysBetween("terminated_date", "event_date"))
                                + " || ' days after termination on ' || " + d.asText("terminated_date")),
                rule(AccessFinding.NO_ENCOUNTER_CONTEXT, "NOT has_context",
                        "'no encounter of the patient at this facility from " + window + "'"));
    }

    private EventRule rule(AccessFinding finding, String condition, String detail) {
        return new EventRule(finding, applies(access.rule(finding)), condition, detail);
    }

    private String finding(EventRule rule) {
        return "SELECT facility_id, user_id, mrn, event_time, '" + rule.finding().code() + "' AS finding, " + rule.detail()
                + " AS detail, person_key, role, action, CAST(NULL AS BIGINT) AS patients, CAST(NULL AS DOUBLE) AS score, "
                + "CAST(NULL AS BIGINT) AS " + d.quote("rank") + ", linked_by_mpi FROM acc_judged WHERE " + rule.judges();
    }

    /** Whether a rule judges an event, by the user's role there (null: the roster does not know the user there). */
    static String applies(PrivacyConfig.Rule rule) {
        if (!rule.enabled()) {
            return "1 = 0";
        }
        Set<String> roles = new TreeSet<>();
        for (String role : ROLES) {
            if (rule.appliesTo(role)) {
                roles.add(role);
            }
        }
        String known = roles.isEmpty() ? "1 = 0" : "role IN " + in(roles);
        return rule.appliesTo(null) ? "(" + known + " OR role IS NULL)" : known;
    }

    /** The events the volume statistic learns from: every one on file, already in acc_event when all are judged. */
    private String history() {
        return auditFrom() == null ? "SELECT facility_id, event_time, user_id, mrn, event_date FROM acc_event" : allEvents();
    }

    /** A user's distinct patients per facility and day, with the role there: the volume statistic's input. */
    String userDays() {
        return "SELECT e.facility_id, e.user_id, w.role, e.event_date, count(DISTINCT e.mrn) AS patients, "
                + "min(e.event_time) AS first_event FROM (" + history() + ") e "
                + "LEFT JOIN workforce w ON w.facility_id = e.facility_id AND w.user_id = e.user_id "
                + "GROUP BY e.facility_id, e.user_id, w.role, e.event_date";
    }

    /**
     * One case per user and person: every finding about the same person (one enterprise id across facilities when
     * the MPI has linked them) by the same user. Volume anomalies are about a day, not a person: not in cases.
     */
    String cases() {
        return "SELECT user_id, person_key, max(CASE WHEN linked_by_mpi THEN 1 ELSE 0 END) = 1 AS linked_by_mpi, "
                + d.sortedDistinctJoin("facility_id", "', '") + " AS facilities, "
                + d.sortedDistinctJoin("finding", "', '") + " AS findings, count(DISTINCT facility_id) AS facility_count, "
                + "count(DISTINCT facility_id || '|' || event_time || '|' || mrn) AS events, "
                + "min(event_time) AS first_event_time, max(event_time) AS last_event_time "
                + "FROM acc_finding WHERE finding <> '" + AccessFinding.VOLUME_ANOMALY.code() + "' "
                + "GROUP BY user_id, person_key";
    }

    private static String personKey(String enterpriseId, String facility, String mrn) {
        return "coalesce(" + enterpriseId + ", " + facility + " || '|' || " + mrn + ")";
    }

    private static String in(Collection<String> values) {
        return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", ", "(", ")"));
    }
}
