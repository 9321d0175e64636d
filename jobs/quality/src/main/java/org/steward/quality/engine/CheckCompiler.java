package org.steward.quality.engine;

import java.util.Map;
import org.steward.platform.engine.SqlDialect;
import org.steward.quality.rules.CheckDefinition;
import org.steward.quality.rules.QualityCheck;

/** Turns a declared check into SQL in the run's dialect; one entry per built-in type, grouped by family. */
final class CheckCompiler {

    private final ValueChecks values;
    private final RelationChecks relations;
    private final CodeChecks codes;
    private final DateChecks dates;

    CheckCompiler(SqlDialect dialect, CheckContext context) {
        CheckSql sql = new CheckSql(dialect);
        this.values = new ValueChecks(sql);
        this.relations = new RelationChecks(sql);
        this.codes = new CodeChecks(sql, context);
        this.dates = new DateChecks(sql, context.asOf());
    }

    CompiledCheck compile(QualityCheck check) {
        if (check.definition() instanceof CheckDefinition.PassWhen sql) {
            return ValueChecks.passWhen(check, sql);
        }
        CheckDefinition.Builtin builtin = (CheckDefinition.Builtin) check.definition();
        Map<String, String> p = builtin.parameters();
        return switch (builtin.type()) {
            case "not_null" -> values.notNull(check, p);
            case "non_negative" -> values.nonNegative(check, p);
            case "unique" -> relations.unique(check, p);
            case "references" -> relations.references(check, p);
            case "dx_sex_conflict" -> relations.diagnosisSexConflict(check, p);
            case "dx_age_conflict" -> relations.diagnosisAgeConflict(check, p);
            case "paid_not_above_billed" -> relations.paidNotAboveBilled(check, p);
            case "icd10cm_format" -> codes.icd10cmFormat(check, p);
            case "icd10cm_billable" -> codes.icd10cmBillable(check, p);
            case "icd10pcs_format" -> codes.icd10pcsFormat(check, p);
            case "icd10pcs_billable" -> codes.icd10pcsValid(check, p);
            case "drg_valid_for_fy" -> codes.drgValidForFiscalYear(check, p);
            case "npi_check_digit" -> codes.npiCheckDigit(check, p);
            case "ssn_structure" -> codes.ssnStructure(check, p);
            case "not_future" -> dates.notFuture(check, p);
            case "age_at_most" -> dates.ageAtMost(check, p);
            case "not_before" -> dates.notBefore(check, p);
            case "los_outlier" -> dates.lengthOfStayOutlier(check, p);
            case "days_between_at_most" -> dates.daysBetweenAtMost(check, p);
            case "billed_within_days" -> dates.billedWithinDays(check, p);
            default -> throw new IllegalStateException("check type " + builtin.type() + " has no compiler");
        };
    }
}
