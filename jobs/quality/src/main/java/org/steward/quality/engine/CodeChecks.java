package org.steward.quality.engine;

import java.util.Map;
import java.util.Set;
import org.steward.quality.rules.QualityCheck;

/** Code and identifier checks: ICD-10 shape and validity per fiscal year, MS-DRG per year, NPI, SSN. */
final class CodeChecks {

    /** ICD-10-CM: a letter, a digit, an alphanumeric, then up to four more (codes are stored without the dot). */
    static final String ICD10CM_SHAPE = "^[A-Z][0-9][0-9A-Z][0-9A-Z]{0,4}$";
    /** ICD-10-PCS: exactly seven of the 34 characters (digits and letters other than I and O). */
    static final String ICD10PCS_SHAPE = "^[0-9A-HJ-NP-Z]{7}$";

    private final CheckSql sql;
    private final CheckContext context;

    CodeChecks(CheckSql sql, CheckContext context) {
        this.sql = sql;
        this.context = context;
    }

    CompiledCheck icd10cmFormat(QualityCheck check, Map<String, String> p) {
        return shape(check, p.get("column"), ICD10CM_SHAPE);
    }

    CompiledCheck icd10pcsFormat(QualityCheck check, Map<String, String> p) {
        return shape(check, p.get("column"), ICD10PCS_SHAPE);
    }

    CompiledCheck icd10cmBillable(QualityCheck check, Map<String, String> p) {
        return byFiscalYear(check, p.get("column"), p.get("date"), ReferenceTables.ICD10CM, context.icd10cmYears());
    }

    CompiledCheck icd10pcsValid(QualityCheck check, Map<String, String> p) {
        return byFiscalYear(check, p.get("column"), p.get("date"), ReferenceTables.ICD10PCS, context.icd10pcsYears());
    }

    /** In the weight table of the year with a weight: 998 and 999 (ungroupable) are not valid. */
    CompiledCheck drgValidForFiscalYear(QualityCheck check, Map<String, String> p) {
        return byFiscalYear(check, p.get("column"), p.get("date"), ReferenceTables.MS_DRG, context.drgYears());
    }

    CompiledCheck npiCheckDigit(QualityCheck check, Map<String, String> p) {
        String npi = sql.column(p.get("column"));
        return new CompiledCheck(check, npi + " IS NOT NULL", "NOT (" + Identifiers.npiValid(sql.dialect(), npi) + ")");
    }

    CompiledCheck ssnStructure(QualityCheck check, Map<String, String> p) {
        String ssn = sql.column(p.get("column"));
        return new CompiledCheck(check, ssn + " IS NOT NULL",
                "NOT (" + Identifiers.ssnValid(sql.dialect(), ssn, context.placeholderSsns()) + ")");
    }

    private CompiledCheck shape(QualityCheck check, String name, String regex) {
        return new CompiledCheck(check, sql.present(check.table(), name),
                sql.anyFails(check.table(), name, v -> sql.dialect().regexMatches(v, sql.literal(regex))));
    }

    /**
     * A code checked against the reference of the fiscal year of {@code date}. Rows whose year has no
     * reference file are "cannot check", not failures.
     */
    private CompiledCheck byFiscalYear(QualityCheck check, String name, String date, String reference,
                                       Set<Integer> years) {
        Enrichment.CodeSet codes = new Enrichment.CodeSet(reference, name, date);
        String checkable = "(" + sql.column(date) + " IS NOT NULL AND " + CheckSql.inList(sql.fiscalYear(date), years) + ")";
        return new CompiledCheck(check,
                sql.present(check.table(), name) + " AND " + checkable,
                sql.column(codes.column()),
                sql.present(check.table(), name) + " AND NOT " + checkable,
                Set.of(codes));
    }
}
