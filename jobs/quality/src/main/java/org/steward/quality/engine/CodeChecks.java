package org.steward.quality.engine;

import static org.steward.quality.engine.Sql.anyFails;
import static org.steward.quality.engine.Sql.column;
import static org.steward.quality.engine.Sql.fiscalYear;
import static org.steward.quality.engine.Sql.present;

import java.util.Map;
import org.steward.quality.rules.QualityCheck;

/** Code and identifier checks: ICD-10 shape and validity per fiscal year, MS-DRG per year, NPI, SSN. */
final class CodeChecks {

    /** ICD-10-CM: a letter, a digit, an alphanumeric, then up to four more (codes are stored without the dot). */
    static final String ICD10CM_SHAPE = "^[A-Z][0-9][0-9A-Z][0-9A-Z]{0,4}$";
    /** ICD-10-PCS: exactly seven of the 34 characters (digits and letters other than I and O). */
    static final String ICD10PCS_SHAPE = "^[0-9A-HJ-NP-Z]{7}$";

    private CodeChecks() {
    }

    static CompiledCheck icd10cmFormat(QualityCheck check, Map<String, String> p) {
        return shape(check, p.get("column"), ICD10CM_SHAPE);
    }

    static CompiledCheck icd10pcsFormat(QualityCheck check, Map<String, String> p) {
        return shape(check, p.get("column"), ICD10PCS_SHAPE);
    }

    static CompiledCheck icd10cmBillable(QualityCheck check, Map<String, String> p) {
        return byFiscalYear(check, p.get("column"), p.get("date"), "steward_icd10cm_year", "steward_icd10cm_billable");
    }

    static CompiledCheck icd10pcsValid(QualityCheck check, Map<String, String> p) {
        return byFiscalYear(check, p.get("column"), p.get("date"), "steward_icd10pcs_year", "steward_icd10pcs_valid");
    }

    static CompiledCheck drgValidForFiscalYear(QualityCheck check, Map<String, String> p) {
        return byFiscalYear(check, p.get("column"), p.get("date"), "steward_drg_year", "steward_drg_valid");
    }

    static CompiledCheck npiCheckDigit(QualityCheck check, Map<String, String> p) {
        String npi = column(p.get("column"));
        return new CompiledCheck(check, npi + " IS NOT NULL", "NOT steward_npi_valid(" + npi + ")");
    }

    static CompiledCheck ssnStructure(QualityCheck check, Map<String, String> p) {
        String ssn = column(p.get("column"));
        String fails = "NOT steward_ssn_structure(" + ssn + ")";
        if (p.containsKey("placeholders")) {
            String placeholders = Sql.columns(p.get("placeholders")).stream()
                    .map(v -> Sql.literal(v.replaceAll("[^0-9]", ""))).reduce((a, b) -> a + ", " + b).orElseThrow();
            fails += " OR regexp_replace(" + ssn + ", '[^0-9]', '') IN (" + placeholders + ")";
        }
        return new CompiledCheck(check, ssn + " IS NOT NULL", fails);
    }

    private static CompiledCheck shape(QualityCheck check, String name, String regex) {
        return new CompiledCheck(check, present(check.table(), name),
                anyFails(check.table(), name, v -> v + " RLIKE " + Sql.literal(regex)));
    }

    /**
     * A code checked against the reference of the fiscal year of {@code date}. Rows whose year has no
     * reference file are "cannot check", not failures.
     */
    private static CompiledCheck byFiscalYear(QualityCheck check, String name, String date, String yearKnown,
                                              String valid) {
        String year = fiscalYear(date);
        String checkable = "(" + column(date) + " IS NOT NULL AND " + yearKnown + "(" + year + "))";
        return new CompiledCheck(check,
                present(check.table(), name) + " AND " + checkable,
                anyFails(check.table(), name, v -> valid + "(" + year + ", " + v + ")"),
                present(check.table(), name) + " AND NOT " + checkable,
                java.util.Set.of());
    }
}
