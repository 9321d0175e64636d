package org.steward.quality.engine;

import java.time.LocalDate;
import java.util.Map;
import org.steward.quality.rules.CheckDefinition;
import org.steward.quality.rules.QualityCheck;

/** Turns a declared check into Spark SQL; one entry per built-in type, grouped by family. */
final class CheckCompiler {

    private final LocalDate asOf;

    CheckCompiler(LocalDate asOf) {
        this.asOf = asOf;
    }

    CompiledCheck compile(QualityCheck check) {
        if (check.definition() instanceof CheckDefinition.PassWhen sql) {
            return ValueChecks.passWhen(check, sql);
        }
        CheckDefinition.Builtin builtin = (CheckDefinition.Builtin) check.definition();
        Map<String, String> p = builtin.parameters();
        return switch (builtin.type()) {
            case "not_null" -> ValueChecks.notNull(check, p);
            case "non_negative" -> ValueChecks.nonNegative(check, p);
            case "unique" -> RelationChecks.unique(check, p);
            case "references" -> RelationChecks.references(check, p);
            case "dx_sex_conflict" -> RelationChecks.diagnosisSexConflict(check, p);
            case "dx_age_conflict" -> RelationChecks.diagnosisAgeConflict(check, p);
            case "paid_not_above_billed" -> RelationChecks.paidNotAboveBilled(check, p);
            case "icd10cm_format" -> CodeChecks.icd10cmFormat(check, p);
            case "icd10cm_billable" -> CodeChecks.icd10cmBillable(check, p);
            case "icd10pcs_format" -> CodeChecks.icd10pcsFormat(check, p);
            case "icd10pcs_billable" -> CodeChecks.icd10pcsValid(check, p);
            case "drg_valid_for_fy" -> CodeChecks.drgValidForFiscalYear(check, p);
            case "npi_check_digit" -> CodeChecks.npiCheckDigit(check, p);
            case "ssn_structure" -> CodeChecks.ssnStructure(check, p);
            case "not_future" -> DateChecks.notFuture(check, p, asOf);
            case "age_at_most" -> DateChecks.ageAtMost(check, p, asOf);
            case "not_before" -> DateChecks.notBefore(check, p);
            case "los_outlier" -> DateChecks.lengthOfStayOutlier(check, p);
            case "days_between_at_most" -> DateChecks.daysBetweenAtMost(check, p);
            default -> throw new IllegalStateException("check type " + builtin.type() + " has no compiler");
        };
    }
}
