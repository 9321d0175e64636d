package org.steward.quality.engine;

import java.util.Map;
import org.steward.quality.rules.CheckDefinition;
import org.steward.quality.rules.QualityCheck;

/** Checks on one row's own values: presence, sign, and a rule's own SQL. */
final class ValueChecks {

    private final CheckSql sql;

    ValueChecks(CheckSql sql) {
        this.sql = sql;
    }

    CompiledCheck notNull(QualityCheck check, Map<String, String> p) {
        return new CompiledCheck(check, "true", "NOT " + sql.present(check.table(), p.get("column")));
    }

    CompiledCheck nonNegative(QualityCheck check, Map<String, String> p) {
        String amount = sql.column(p.get("column"));
        return new CompiledCheck(check, amount + " IS NOT NULL", amount + " < 0");
    }

    /** A rule's own expression: true passes, false fails, and NULL (it cannot tell) is not checked. */
    static CompiledCheck passWhen(QualityCheck check, CheckDefinition.PassWhen definition) {
        String expression = "(" + definition.sql() + ")";
        return new CompiledCheck(check, expression + " IS NOT NULL", "NOT " + expression);
    }
}
