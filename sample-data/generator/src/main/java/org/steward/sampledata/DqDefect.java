package org.steward.sampledata;

/** Planted data-quality defects, with the table and column they live in. Declaration order is output order. */
enum DqDefect {
    INVALID_ICD10CM("invalid_icd10cm", "encounters", "principal_dx"),
    NONBILLABLE_ICD10CM("nonbillable_icd10cm", "encounters", "principal_dx"),
    MALFORMED_ICD10CM("malformed_icd10cm", "encounters", "principal_dx"),
    INVALID_ICD10PCS("invalid_icd10pcs", "encounters", "procedures"),
    DISCHARGE_BEFORE_ADMIT("discharge_before_admit", "encounters", "discharge_date"),
    FUTURE_SERVICE_DATE("future_service_date", "encounters", "discharge_date"),
    BAD_NPI_CHECK_DIGIT("bad_npi_check_digit", "encounters", "attending_npi"),
    MISSING_DRG("missing_drg", "encounters", "ms_drg"),
    INVALID_DRG_FOR_FY("invalid_drg_for_fy", "encounters", "ms_drg"),
    PREGNANCY_DX_ON_MALE("pregnancy_dx_on_male", "encounters", "secondary_dx"),
    NEWBORN_DX_ON_ADULT("newborn_dx_on_adult", "encounters", "secondary_dx"),
    PAID_ABOVE_BILLED("paid_above_billed", "remittance_adjustments", "paid_amount"),
    NEGATIVE_BILLED_AMOUNT("negative_billed_amount", "claims", "billed_amount"),
    CLAIM_WITHOUT_ENCOUNTER("claim_without_encounter", "claims", "encounter_id"),
    SSN_INVALID_STRUCTURE("ssn_invalid_structure", "patients", "ssn"),
    SSN_PLACEHOLDER("ssn_placeholder", "patients", "ssn"),
    BIRTH_DATE_FUTURE("birth_date_future", "patients", "birth_date");

    final String label;
    final String table;
    final String column;

    DqDefect(String label, String table, String column) {
        this.label = label;
        this.table = table;
        this.column = column;
    }

    /** Defects that make an encounter unusable for case mix (its DRG or discharge date is wrong). */
    boolean spoilsCaseMix() {
        return this == MISSING_DRG || this == INVALID_DRG_FOR_FY || this == DISCHARGE_BEFORE_ADMIT
                || this == FUTURE_SERVICE_DATE;
    }
}
