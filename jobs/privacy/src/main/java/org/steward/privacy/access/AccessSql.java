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
import org.steward.privacy.core.FamilyKeys;

/**
 * The access audit's rules as SQL for both engines, over the staged {@code access_log}, {@code workforce},
 * {@code encounters} and {@code patients}, the MPI's {@code mpi_xref} (empty when the MPI has not run), the
 * registrations that may be family of a user ({@code acc_family}, worked out in Java with the MPI's standardisers)
 * and the volume statistic's role baselines ({@code acc_volume_limit}, worked out in Java). Every rule depends on the
 * user, the registration and the day only, so the events are read where they are staged, never copied whole: the
 * few facts that decide rules (registrations and days without encounter context, user-days) are computed first and
 * joined back.
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

    /** The events judged: those of {@link #allEvents} from the first day judged. */
    String judgedEvents() {
        LocalDate from = auditFrom();
        return from == null ? allEvents() : allEvents() + " AND CAST(substr(event_time, 1, 10) AS DATE) >= " + d.literal(from);
    }

    /** The persons each user is, through the own_mrn of each of their roster rows (and the MPI's links of it). */
    static String ownPersons() {
        return "SELECT DISTINCT w.user_id, " + personKey("x.enterprise_id", "w.facility_id", "w.own_mrn") + " AS person_key "
                + "FROM workforce w LEFT JOIN mpi_xref x ON x.facility_id = w.facility_id AND x.mrn = w.own_mrn "
                + "WHERE w.own_mrn IS NOT NULL";
    }

    /**
     * The registrations and days judged with no encounter that gives a reason to open the record: none of the patient
     * at that facility from days-before-admit before its admission to days-after-discharge after its discharge (or the
     * run date while the patient has none). Few rows, where the days with context would be nearly every one. Stage
     * never lets an event through without facility, MRN or time, so an event lacks context exactly when its
     * registration and day are here.
     */
    String noContext() {
        return "SELECT DISTINCT e.facility_id, e.mrn, e.event_date FROM (" + judgedEvents() + ") e "
                + "LEFT JOIN encounters n ON n.facility_id = e.facility_id AND n.mrn = e.mrn AND "
                + d.daysBetween("coalesce(n.admit_date, n.discharge_date)", "e.event_date") + " >= " + -access.daysBeforeAdmit()
                + " AND " + d.daysBetween("coalesce(n.discharge_date, " + d.literal(asOf) + ")", "e.event_date") + " <= "
                + access.daysAfterDischarge() + " WHERE n.mrn IS NULL";
    }

    /**
     * The registrations worth standardising for family access: those whose prefilter key ({@code FamilyKeys}: the
     * surname's ASCII letters, or '*' when it holds a character outside printable ASCII, and the address digits when
     * {@code byDigits}) is one of {@code acc_family_key}'s. Whole runs are replaced, which regexes do far faster than
     * one character at a time.
     */
    String familyCandidates(boolean byDigits) {
        String surname = "CASE WHEN " + d.regexMatches("p.last_name", "'[^ -~]'") + " THEN '" + FamilyKeys.ANY_SURNAME
                + "' ELSE upper(" + d.regexReplaceAll("p.last_name", "'[^A-Za-z]+'", "''") + ") END";
        String digits = byDigits ? d.regexReplaceAll("p.address_line", "'[^0-9]+'", "''") : "''";
        return "SELECT p.facility_id, p.mrn, p.last_name, p.address_line, p.zip FROM patients p "
                + "JOIN acc_family_key k ON k.surname = " + surname + " AND k.digits = " + digits
                + " WHERE p.last_name IS NOT NULL AND p.address_line IS NOT NULL";
    }

    /**
     * The judged events that break at least one rule, with what the rules need: the person the event is about (the
     * MPI's enterprise id, else facility|MRN), the user's role and termination there, self, family, context. Only
     * those rows are kept: every other event yields no finding.
     */
    String judged() {
        String person = personKey("x.enterprise_id", "e.facility_id", "e.mrn");
        return "SELECT * FROM (SELECT e.facility_id, e.event_time, e.user_id, e.mrn, e.action, e.event_date, "
                + person + " AS person_key, (x.enterprise_id IS NOT NULL) AS linked_by_mpi, w.role, w.terminated_date, "
                + "(o.user_id IS NOT NULL) AS is_self, (f.user_id IS NOT NULL) AS family_match, (c.mrn IS NULL) AS has_context "
                + "FROM (" + judgedEvents() + ") e "
                + "LEFT JOIN mpi_xref x ON x.facility_id = e.facility_id AND x.mrn = e.mrn "
                + "LEFT JOIN workforce w ON w.facility_id = e.facility_id AND w.user_id = e.user_id "
                + "LEFT JOIN acc_own o ON o.user_id = e.user_id AND o.person_key = " + person + " "
                + "LEFT JOIN acc_family f ON f.facility_id = e.facility_id AND f.mrn = e.mrn AND f.user_id = e.user_id "
                + "LEFT JOIN acc_no_context c ON c.facility_id = e.facility_id AND c.mrn = e.mrn AND c.event_date = e.event_date) j "
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

    /**
     * A user's distinct patients per facility and day, with the role there and the day's events: the volume
     * statistic's input, from every event on file (earlier days are its baseline). The role joins the days, not the
     * events: a roster row is one user at one facility.
     */
    String userDays() {
        return "SELECT u.facility_id, u.user_id, w.role, u.event_date, u.patients, u.first_event, u.events FROM ("
                + "SELECT facility_id, user_id, event_date, count(DISTINCT mrn) AS patients, min(event_time) AS first_event, "
                + "count(*) AS events FROM (" + allEvents() + ") e GROUP BY facility_id, user_id, event_date) u "
                + "LEFT JOIN workforce w ON w.facility_id = u.facility_id AND w.user_id = u.user_id";
    }

    /** The events judged, counted from {@code acc_user_day}. */
    String judgedEventCount() {
        LocalDate from = auditFrom();
        return "SELECT coalesce(sum(events), 0) FROM acc_user_day" + (from == null ? "" : " WHERE event_date >= " + d.literal(from));
    }

    /** How many user-days of each role at each facility had each count of patients: the role baselines' input. */
    static String roleDays() {
        return "SELECT facility_id, role, patients, count(*) AS days FROM acc_user_day GROUP BY facility_id, role, patients";
    }

    /**
     * Every day of the users with a judged day that reaches its role's fewest flagged count ({@code acc_volume_limit},
     * which holds only the roles the rule judges): only they can be flagged, and their own history is read from
     * their days.
     */
    String volumeCandidates() {
        LocalDate from = auditFrom();
        return "SELECT a.facility_id, a.user_id, a.role, a.event_date, a.patients, a.first_event FROM acc_user_day a "
                + "JOIN (SELECT DISTINCT u.facility_id, u.user_id FROM acc_user_day u JOIN acc_volume_limit l "
                + "ON l.facility_id = u.facility_id AND l.role IS NOT DISTINCT FROM u.role "
                + "WHERE u.patients >= l.fewest_flagged" + (from == null ? "" : " AND u.event_date >= " + d.literal(from))
                + ") c ON c.facility_id = a.facility_id AND c.user_id = a.user_id";
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
