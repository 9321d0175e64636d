package org.steward.privacy.roi;

import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;
import org.steward.platform.engine.SqlDialect;
import org.steward.privacy.config.PrivacyConfig;
import org.steward.privacy.core.RoiFinding;

/**
 * The release-of-information rules as SQL for both engines, over the staged {@code roi_requests} and
 * {@code authorizations}. One request row ({@code roi_request}) carries its state as of the run date and its
 * authorization's elements; each finding is one query over it, so every rule reads on its own.
 */
final class RoiSql {

    private final SqlDialect d;
    private final PrivacyConfig.Roi roi;
    private final LocalDate asOf;

    RoiSql(SqlDialect dialect, PrivacyConfig.Roi roi, LocalDate asOf) {
        this.d = dialect;
        this.roi = roi;
        this.asOf = asOf;
    }

    /**
     * Requests received on or before the run date, as they stood on it: a fulfilment dated later has not happened
     * yet (the request was pending), so a run as of a date gives the same answer later.
     */
    String requests() {
        String day = d.literal(asOf);
        int days = roi.accessDays();
        return "SELECT r.facility_id, r.request_id, r.mrn, r.requester_type, r.purpose, r.received_date, "
                + "r.authorization_id, r.status, "
                + "CASE WHEN r.fulfilled_date <= " + day + " THEN r.fulfilled_date END AS acted_date, "
                // status fulfilled without a date: a disclosure whose date is unknown (authorization rules still apply)
                + "(r.status = 'fulfilled' AND (r.fulfilled_date IS NULL OR r.fulfilled_date <= " + day + ")) AS fulfilled_now, "
                + "(r.status = 'pending' OR (r.status IN ('fulfilled', 'denied') AND r.fulfilled_date > " + day + ")) AS pending_now, "
                + "(r.purpose NOT IN " + in(roi.purposesWithoutAuthorization()) + ") AS needs_authorization, "
                + "(r.requester_type IN " + in(roi.accessRequesterTypes()) + ") AS access_request, "
                // one extension, only when its written notice went out within the first period
                + days + " + CASE WHEN r.extension_notice_date IS NOT NULL AND "
                + d.daysBetween("r.received_date", "r.extension_notice_date") + " <= " + days + " THEN "
                + roi.extensionDays() + " ELSE 0 END AS allowed_days, "
                + "(a.authorization_id IS NOT NULL) AS authorization_found, a.mrn AS authorization_mrn, "
                + "a.expiration_date, a.revoked_date, "
                + "concat_ws(', ', "
                + "CASE WHEN a.information_described IS NULL THEN 'information described' END, "
                + "CASE WHEN a.recipient IS NULL THEN 'recipient' END, "
                + "CASE WHEN a.purpose IS NULL THEN 'purpose' END, "
                + "CASE WHEN a.expiration_date IS NULL AND a.expiration_event IS NULL THEN 'expiration date or event' END, "
                + "CASE WHEN coalesce(a.signature_present, 'n') <> 'y' OR a.signed_date IS NULL THEN 'signature with date' END, "
                + "CASE WHEN coalesce(a.revocation_notice_present, 'n') <> 'y' THEN 'notice of the right to revoke' END"
                + ") AS missing_elements "
                + "FROM roi_requests r LEFT JOIN authorizations a "
                + "ON a.facility_id = r.facility_id AND a.authorization_id = r.authorization_id "
                + "WHERE r.received_date <= " + day;
    }

    /** Every finding, one row each: {@code roi_finding}. */
    String findings() {
        String authorized = "fulfilled_now AND needs_authorization AND authorization_found";
        return String.join(" UNION ALL ",
                finding(RoiFinding.MISSING_AUTHORIZATION, "fulfilled_now AND needs_authorization AND NOT authorization_found",
                        "CASE WHEN authorization_id IS NULL THEN 'purpose ' || purpose || ' needs an authorization; none given' "
                                + "ELSE 'the authorization given is not on file' END"),
                finding(RoiFinding.INVALID_AUTHORIZATION, authorized + " AND coalesce(missing_elements, '') <> ''",
                        "'missing: ' || missing_elements"),
                finding(RoiFinding.EXPIRED_AUTHORIZATION, authorized + " AND acted_date > expiration_date",
                        "'fulfilled ' || " + d.asText("acted_date") + " || ', authorization expired ' || "
                                + d.asText("expiration_date")),
                finding(RoiFinding.REVOKED_AUTHORIZATION, authorized + " AND acted_date > revoked_date",
                        "'fulfilled ' || " + d.asText("acted_date") + " || ', authorization revoked ' || "
                                + d.asText("revoked_date")),
                finding(RoiFinding.AUTHORIZATION_OTHER_PATIENT, "fulfilled_now AND authorization_found "
                                + "AND authorization_mrn IS NOT NULL AND mrn IS NOT NULL AND authorization_mrn <> mrn",
                        "'the authorization names another patient'"),
                finding(RoiFinding.LATE_PATIENT_ACCESS, "access_request AND ("
                                + "(fulfilled_now AND " + d.daysBetween("received_date", "acted_date") + " > allowed_days) OR "
                                + "(pending_now AND " + d.daysBetween("received_date", d.literal(asOf)) + " > allowed_days))",
                        "CASE WHEN fulfilled_now THEN 'fulfilled ' || " + d.asText(d.daysBetween("received_date", "acted_date"))
                                + " || ' days after receipt' ELSE 'pending ' || "
                                + d.asText(d.daysBetween("received_date", d.literal(asOf)))
                                + " || ' days after receipt' END || ', allowed ' || " + d.asText("allowed_days")
                                + " || CASE WHEN allowed_days > " + roi.accessDays()
                                + " THEN ' (extension noticed in time)' ELSE '' END"));
    }

    private static String finding(RoiFinding finding, String condition, String detail) {
        return "SELECT facility_id, request_id, '" + finding.code() + "' AS finding, " + detail + " AS detail, mrn, "
                + "requester_type, purpose, received_date, acted_date AS fulfilled_date, authorization_id "
                + "FROM roi_request WHERE " + condition;
    }

    /**
     * The accounting of disclosures each patient is owed (45 CFR 164.528): fulfilled disclosures of the last
     * accounting years, other than treatment, payment, operations, the patient's own access (or to the patient or
     * their representative) and those made under a valid authorization. A disclosure whose authorization has a
     * finding was not validly authorized, so it is listed.
     */
    String accounting() {
        LocalDate from = asOf.minusYears(roi.accountingYears());
        return "SELECT q.facility_id, q.mrn, q.request_id, q.acted_date AS disclosure_date, q.requester_type, q.purpose, "
                + "q.authorization_id, CASE WHEN q.purpose IN " + in(roi.permittedWithoutAuthorization())
                + " THEN 'permitted_without_authorization' ELSE 'no_valid_authorization' END AS basis "
                + "FROM roi_request q LEFT JOIN roi_flags f ON f.facility_id = q.facility_id AND f.request_id = q.request_id "
                + "WHERE q.fulfilled_now AND q.acted_date IS NOT NULL AND q.acted_date > "
                + d.literal(from) + " AND q.purpose NOT IN " + in(PrivacyConfig.NEVER_NEEDS_AUTHORIZATION)
                + " AND NOT q.access_request AND NOT (q.authorization_found AND coalesce(f.authorization_problem, 0) = 0)";
    }

    /** Per request with a finding: whether any finding questions its authorization, and whether it was late. */
    static String requestFlags() {
        return "SELECT facility_id, request_id, max(CASE WHEN finding IN ('" + RoiFinding.INVALID_AUTHORIZATION.code()
                + "', '" + RoiFinding.EXPIRED_AUTHORIZATION.code() + "', '" + RoiFinding.REVOKED_AUTHORIZATION.code() + "', '"
                + RoiFinding.AUTHORIZATION_OTHER_PATIENT.code() + "') THEN 1 ELSE 0 END) AS authorization_problem, "
                + "max(CASE WHEN finding = '" + RoiFinding.LATE_PATIENT_ACCESS.code() + "' THEN 1 ELSE 0 END) AS late "
                + "FROM roi_finding GROUP BY facility_id, request_id";
    }

    /** Fulfilled requests with their turnaround in days, for the percentiles worked out in Java. */
    String turnaroundDays() {
        return "SELECT facility_id, requester_type, substr(" + d.asText("acted_date") + ", 1, 7) AS month, "
                + d.daysBetween("received_date", "acted_date") + " AS days FROM roi_request "
                + "WHERE fulfilled_now AND acted_date IS NOT NULL";
    }

    /**
     * Per facility (and {@code all}) and month received: requests (withdrawn ones left out), those with a finding,
     * the compliance rate, and the patient-access requests judged (acted on, or pending past their deadline)
     * with those late.
     */
    String compliance() {
        String perRequest = "SELECT q.facility_id, substr(" + d.asText("q.received_date") + ", 1, 7) AS month, "
                + "CASE WHEN f.request_id IS NOT NULL THEN 1 ELSE 0 END AS with_finding, "
                + "CASE WHEN q.access_request AND (q.fulfilled_now OR (q.pending_now AND "
                + d.daysBetween("q.received_date", d.literal(asOf)) + " > q.allowed_days)) THEN 1 ELSE 0 END AS access_judged, "
                + "coalesce(f.late, 0) AS late "
                + "FROM roi_request q LEFT JOIN roi_flags f ON f.facility_id = q.facility_id AND f.request_id = q.request_id "
                + "WHERE q.status <> 'withdrawn'";
        String totals = "count(*) AS requests, sum(with_finding) AS requests_with_findings, "
                + "count(*) - sum(with_finding) AS compliant_requests, "
                + "CAST(count(*) - sum(with_finding) AS DOUBLE) / count(*) AS compliance_rate, "
                + "sum(access_judged) AS patient_access_judged, sum(late) AS late_patient_access, "
                + "CAST(sum(access_judged) - sum(late) AS DOUBLE) / nullif(sum(access_judged), 0) AS patient_access_on_time_rate";
        return "SELECT facility_id, month, " + totals + " FROM (" + perRequest + ") p GROUP BY facility_id, month "
                + "UNION ALL SELECT 'all' AS facility_id, month, " + totals + " FROM (" + perRequest + ") p GROUP BY month";
    }

    private static String in(Collection<String> values) {
        if (values.isEmpty()) {
            return "('')";
        }
        return values.stream().sorted().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(", ", "(", ")"));
    }
}
