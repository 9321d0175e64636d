package org.steward.core.contract;

import static org.steward.core.contract.ColumnSpec.choice;
import static org.steward.core.contract.ColumnSpec.keepingRaw;
import static org.steward.core.contract.ColumnSpec.of;
import static org.steward.core.contract.FieldKind.AMOUNT;
import static org.steward.core.contract.FieldKind.CODE;
import static org.steward.core.contract.FieldKind.DATE;
import static org.steward.core.contract.FieldKind.DATE_TIME;
import static org.steward.core.contract.FieldKind.DRG;
import static org.steward.core.contract.FieldKind.ICD_CODE;
import static org.steward.core.contract.FieldKind.ICD_CODE_LIST;
import static org.steward.core.contract.FieldKind.KEY;
import static org.steward.core.contract.FieldKind.SEX;
import static org.steward.core.contract.FieldKind.TEXT;

import java.util.List;
import java.util.Optional;

/**
 * The input files Steward jobs read (registration_changes optional, for the MPI; appeals optional, for denials);
 * documented for users in docs/input-contract.md.
 */
public final class InputContract {

    /** Every table's first key column: few distinct values, unlike the other keys. */
    private static final ColumnSpec FACILITY = of("facility_id", KEY).withFewValues();

    public static final TableContract PATIENTS = new TableContract("patients", List.of(
            FACILITY, of("mrn", KEY), of("first_name", TEXT), of("middle_name", TEXT),
            of("last_name", TEXT), of("name_suffix", TEXT), of("sex", SEX),
            // A mistyped birth date must not hide a registration from the MPI: keep the row and the raw text.
            keepingRaw("birth_date", DATE),
            of("ssn", TEXT), of("address_line", TEXT), of("city", TEXT).withFewValues(), of("state", CODE), of("zip", TEXT),
            of("phone", TEXT), of("email", TEXT)),
            List.of("facility_id", "mrn"), Optional.empty(), Optional.empty());

    public static final TableContract ENCOUNTERS = new TableContract("encounters", List.of(
            FACILITY, of("encounter_id", KEY), of("mrn", TEXT),
            choice("encounter_class", "inpatient", "outpatient", "emergency", "observation"),
            of("admit_date", DATE), of("discharge_date", DATE), of("discharge_disposition", CODE),
            of("payer_id", CODE), of("attending_npi", TEXT), of("ms_drg", DRG), of("principal_dx", ICD_CODE),
            of("secondary_dx", ICD_CODE_LIST), of("procedures", ICD_CODE_LIST), of("total_charges", AMOUNT)),
            // Discharge month is the reporting month (CMI and case mix count discharges); patients still
            // in house have no discharge yet and fall in their admission month.
            List.of("facility_id", "encounter_id"), Optional.of("discharge_date"), Optional.of("admit_date"));

    public static final TableContract CLAIMS = new TableContract("claims", List.of(
            FACILITY, of("claim_id", KEY), of("encounter_id", TEXT), of("payer_id", CODE),
            of("payer_name", TEXT).withFewValues(), of("submitted_date", DATE), of("billed_amount", AMOUNT)),
            List.of("facility_id", "claim_id"), Optional.of("submitted_date"), Optional.empty());

    private static final List<ColumnSpec> ADJUSTMENT_COLUMNS = List.of(
            FACILITY, of("claim_id", KEY), of("remit_date", DATE), of("paid_amount", AMOUNT),
            of("group_code", CODE), of("carc", CODE), of("rarc", CODE), of("adjustment_amount", AMOUNT));

    /*
     * A claim has one row per adjustment, so its key names the claim, not the row. An 835 uses a group code
     * once per claim payment and a reason once per group, and a reversal repeats the adjustments with the
     * opposite sign: two rows equal in every column are the same adjustment exported twice.
     */
    public static final TableContract REMITTANCE_ADJUSTMENTS = new TableContract("remittance_adjustments",
            ADJUSTMENT_COLUMNS, List.of("facility_id", "claim_id"),
            ADJUSTMENT_COLUMNS.stream().map(ColumnSpec::name).toList(), Optional.of("remit_date"), Optional.empty());

    /*
     * Optional: appeals of claim denials, one row per appeal at one level (1 = the payer's first review: Medicare's
     * redetermination or a plan's first internal appeal; 2 = reconsideration or the second internal appeal; 3-5 =
     * external review, an ALJ hearing, the Medicare Appeals Council, judicial review). Filed by the month filed.
     * An appeal is updated as it is worked (pending, then decided): send it again in its month; the last row of a
     * key wins. recovered_amount is what this appeal's decision recovered, so a claim's levels add up.
     */
    public static final TableContract APPEALS = new TableContract("appeals", List.of(
            FACILITY, of("appeal_id", KEY), of("claim_id", TEXT), choice("level", "1", "2", "3", "4", "5"),
            of("filed_date", DATE),
            choice("decision", "overturned", "partially_overturned", "upheld", "pending", "withdrawn"),
            of("decision_date", DATE), of("recovered_amount", AMOUNT)),
            List.of("facility_id", "appeal_id"), Optional.of("filed_date"), Optional.empty());

    public static final TableContract CDI_QUERIES = new TableContract("cdi_queries", List.of(
            FACILITY, of("query_id", KEY), of("encounter_id", TEXT), of("cdi_specialist_id", TEXT),
            of("provider_npi", TEXT), of("query_type", TEXT).withFewValues(), of("opened_date", DATE), of("answered_date", DATE),
            choice("outcome", "agreed", "disagreed", "no_response", "pending"),
            of("drg_before", DRG), of("drg_after", DRG)),
            List.of("facility_id", "query_id"), Optional.of("opened_date"), Optional.empty());

    /*
     * Optional: the source's retirements (a voided MRN) and merges (HL7 ADT A40: merged_into_mrn survives at the
     * same facility). A snapshot like patients, so changes sent once stay staged for later runs (or send
     * registration_changes_delta.csv with only new ones); the MPI takes these registrations out of matching
     * and the rates and keeps their history.
     */
    public static final TableContract REGISTRATION_CHANGES = new TableContract("registration_changes", List.of(
            FACILITY, of("mrn", KEY), choice("change", "retire", "merge"), of("merged_into_mrn", TEXT),
            of("changed_on", DATE), of("reason", TEXT)),
            List.of("facility_id", "mrn"), Optional.empty(), Optional.empty());

    // Privacy audits (issue 13)

    /*
     * Release-of-information requests (45 CFR 164.508, 164.524), one row per request, filed by the month it was
     * received. A request is updated as it is worked (pending, then fulfilled): send it again in its month.
     */
    public static final TableContract ROI_REQUESTS = new TableContract("roi_requests", List.of(
            FACILITY, of("request_id", KEY), of("mrn", TEXT),
            choice("requester_type", "patient", "personal_representative", "provider", "health_plan", "attorney",
                    "insurer", "employer", "government", "researcher", "other"),
            choice("purpose", "treatment", "payment", "operations", "patient_access", "legal", "underwriting",
                    "disability", "research", "public_health", "law_enforcement", "other"),
            of("received_date", DATE), of("authorization_id", TEXT), of("extension_notice_date", DATE),
            of("fulfilled_date", DATE), choice("status", "fulfilled", "denied", "pending", "withdrawn")),
            List.of("facility_id", "request_id"), Optional.of("received_date"), Optional.empty());

    /*
     * Authorizations on file, a snapshot like patients (an authorization signed years ago still covers today's
     * disclosures). The two _present columns are Y or N; an empty one counts as N when the element is judged.
     */
    public static final TableContract AUTHORIZATIONS = new TableContract("authorizations", List.of(
            FACILITY, of("authorization_id", KEY), of("mrn", TEXT), of("information_described", TEXT),
            of("recipient", TEXT), of("purpose", TEXT), of("expiration_date", DATE), of("expiration_event", TEXT),
            of("signed_date", DATE), choice("signature_present", "y", "n"), choice("revocation_notice_present", "y", "n"),
            of("revoked_date", DATE)),
            List.of("facility_id", "authorization_id"), Optional.empty(), Optional.empty());

    private static final List<ColumnSpec> ACCESS_COLUMNS = List.of(
            FACILITY, of("event_time", DATE_TIME), of("user_id", KEY), of("mrn", KEY),
            choice("action", "view", "print", "export", "modify"));

    /*
     * The EHR's access log: one row per event, filed by the day of event_time. No column identifies an event, and
     * a user may open one record twice in a second, so a row is identified by all its columns: two rows equal in
     * every column are one event exported twice. An access to no record (empty mrn) cannot be audited: quarantined.
     */
    public static final TableContract ACCESS_LOG = new TableContract("access_log", ACCESS_COLUMNS,
            List.of("facility_id", "user_id", "mrn"), ACCESS_COLUMNS.stream().map(ColumnSpec::name).toList(),
            Optional.of("event_time"), Optional.empty());

    /*
     * The workforce roster, a snapshot: one row per user and facility (a user working at two facilities has two
     * rows). own_mrn is the employee's own registration at that facility, if any.
     */
    public static final TableContract WORKFORCE = new TableContract("workforce", List.of(
            of("user_id", KEY), FACILITY,
            choice("role", "physician", "nurse", "coder", "registration", "billing", "him", "other"),
            of("department", TEXT).withFewValues(), of("npi", TEXT), of("last_name", TEXT), of("address_line", TEXT),
            of("zip", TEXT), of("own_mrn", TEXT), of("hired_date", DATE), of("terminated_date", DATE)),
            List.of("facility_id", "user_id"), Optional.empty(), Optional.empty());

    // Records lifecycle (issue 14)

    /** The facilities and the state (USPS code) whose retention law governs their records: a snapshot. */
    public static final TableContract FACILITIES = new TableContract("facilities", List.of(
            FACILITY, of("name", TEXT), of("state", CODE)),
            List.of("facility_id"), Optional.empty(), Optional.empty());

    /*
     * Legal holds, a snapshot: a blank mrn holds every record of the facility, a blank release_date means the
     * hold stands. A hold released later is sent again with its release date (the last row of a hold_id wins).
     */
    public static final TableContract LEGAL_HOLDS = new TableContract("legal_holds", List.of(
            of("hold_id", KEY), FACILITY, of("mrn", TEXT), of("start_date", DATE), of("release_date", DATE),
            of("matter", TEXT)),
            List.of("hold_id"), Optional.empty(), Optional.empty());

    /*
     * Agreements with whoever touches PHI (business associate, HIE participation, data use, QHIN), a snapshot.
     * The four clause columns and destruction_certified are Y or N; an empty one counts as N when judged.
     */
    public static final TableContract AGREEMENTS = new TableContract("agreements", List.of(
            of("agreement_id", KEY), of("counterparty", KEY),
            choice("agreement_type", "baa", "hie_participation", "data_use", "qhin"),
            of("effective_date", DATE), of("expiration_date", DATE), of("terminated_date", DATE),
            choice("permitted_uses", "y", "n"), choice("safeguards", "y", "n"), choice("breach_notification", "y", "n"),
            choice("return_or_destroy", "y", "n"), choice("destruction_certified", "y", "n")),
            List.of("agreement_id"), Optional.empty(), Optional.empty());

    /*
     * Which counterparty has access to which system of a facility, a snapshot: one row per grant (a grant is
     * identified by counterparty, facility, system and grant date; its revocation is sent on the same row).
     */
    public static final TableContract VENDOR_ACCESS = new TableContract("vendor_access", List.of(
            of("counterparty", KEY), FACILITY, of("system", KEY), of("granted_date", DATE), of("revoked_date", DATE)),
            List.of("counterparty", "facility_id", "system", "granted_date"), Optional.empty(), Optional.empty());

    public static final List<TableContract> TABLES =
            List.of(PATIENTS, ENCOUNTERS, CLAIMS, REMITTANCE_ADJUSTMENTS, APPEALS, CDI_QUERIES, REGISTRATION_CHANGES,
                    ROI_REQUESTS, AUTHORIZATIONS, ACCESS_LOG, WORKFORCE,
                    FACILITIES, LEGAL_HOLDS, AGREEMENTS, VENDOR_ACCESS);

    private InputContract() {
    }

    public static TableContract table(String name) {
        return TABLES.stream().filter(t -> t.table().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown table '" + name + "'; tables are "
                        + TABLES.stream().map(TableContract::table).toList()));
    }
}
