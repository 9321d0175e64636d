package org.steward.core.contract;

import static org.steward.core.contract.ColumnSpec.choice;
import static org.steward.core.contract.ColumnSpec.keepingRaw;
import static org.steward.core.contract.ColumnSpec.of;
import static org.steward.core.contract.FieldKind.AMOUNT;
import static org.steward.core.contract.FieldKind.CODE;
import static org.steward.core.contract.FieldKind.DATE;
import static org.steward.core.contract.FieldKind.DRG;
import static org.steward.core.contract.FieldKind.ICD_CODE;
import static org.steward.core.contract.FieldKind.ICD_CODE_LIST;
import static org.steward.core.contract.FieldKind.KEY;
import static org.steward.core.contract.FieldKind.SEX;
import static org.steward.core.contract.FieldKind.TEXT;

import java.util.List;
import java.util.Optional;

/** The input files Steward jobs read (registration_changes optional, for the MPI); documented for users in docs/input-contract.md. */
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

    public static final List<TableContract> TABLES =
            List.of(PATIENTS, ENCOUNTERS, CLAIMS, REMITTANCE_ADJUSTMENTS, CDI_QUERIES, REGISTRATION_CHANGES);

    private InputContract() {
    }

    public static TableContract table(String name) {
        return TABLES.stream().filter(t -> t.table().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown table '" + name + "'; tables are "
                        + TABLES.stream().map(TableContract::table).toList()));
    }
}
