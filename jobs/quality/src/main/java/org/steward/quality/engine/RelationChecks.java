package org.steward.quality.engine;

import static org.steward.quality.engine.Sql.allPresent;
import static org.steward.quality.engine.Sql.column;
import static org.steward.quality.engine.Sql.columns;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.steward.quality.rules.QualityCheck;

/** Checks that look beyond the row: uniqueness, references, and values of the key-matched row of another table. */
final class RelationChecks {

    private RelationChecks() {
    }

    /** The name a column of another table has once looked up by key. */
    static String lookedUp(String table, String column) {
        return table + "__" + column;
    }

    static CompiledCheck unique(QualityCheck check, Map<String, String> p) {
        Enrichment.Duplicates duplicates = new Enrichment.Duplicates(columns(p.get("columns")));
        return new CompiledCheck(check, allPresent(duplicates.columns()), column(duplicates.column()) + " > 1",
                "false", Set.of(duplicates));
    }

    static CompiledCheck references(QualityCheck check, Map<String, String> p) {
        Enrichment.KeyExists exists = new Enrichment.KeyExists(p.get("table"), columns(p.get("columns")),
                columns(p.get("keys")));
        return new CompiledCheck(check, allPresent(exists.columns()), "NOT " + column(exists.column()), "false",
                Set.of(exists));
    }

    /** A diagnosis starting with a prefix on a patient of a sex (the patient found by facility and MRN). */
    static CompiledCheck diagnosisSexConflict(QualityCheck check, Map<String, String> p) {
        String sex = column(lookedUp("patients", "sex"));
        return new CompiledCheck(check, sex + " IS NOT NULL",
                sex + " = " + Sql.literal(p.get("sex")) + " AND " + anyCodeStartsWith(check, p), "false",
                Set.of(new Enrichment.Lookup("patients", Set.of("sex"))));
    }

    /** A diagnosis starting with a prefix on a patient at least min_age years old at admission. */
    static CompiledCheck diagnosisAgeConflict(QualityCheck check, Map<String, String> p) {
        String birth = column(lookedUp("patients", "birth_date"));
        int minAge = Integer.parseInt(p.get("min_age").strip());
        String age = "floor(months_between(`admit_date`, " + birth + ") / 12)";
        return new CompiledCheck(check, birth + " IS NOT NULL AND `admit_date` IS NOT NULL",
                age + " >= " + minAge + " AND " + anyCodeStartsWith(check, p), "false",
                Set.of(new Enrichment.Lookup("patients", Set.of("birth_date"))));
    }

    static CompiledCheck paidNotAboveBilled(QualityCheck check, Map<String, String> p) {
        String paid = column(p.get("paid"));
        String billed = column(lookedUp(p.get("billed_table"), p.get("billed")));
        return new CompiledCheck(check, paid + " IS NOT NULL AND " + billed + " IS NOT NULL", paid + " > " + billed,
                "false", Set.of(new Enrichment.Lookup(p.get("billed_table"), Set.of(p.get("billed")))));
    }

    private static String anyCodeStartsWith(QualityCheck check, Map<String, String> p) {
        String prefix = Sql.literal(p.get("code_prefix"));
        List<String> codeColumns = columns(p.get("columns"));
        return codeColumns.stream()
                .map(c -> Sql.isList(check.table(), c)
                        ? "coalesce(exists(" + column(c) + ", x -> startswith(x, " + prefix + ")), false)"
                        : "coalesce(startswith(" + column(c) + ", " + prefix + "), false)")
                .collect(Collectors.joining(" OR ", "(", ")"));
    }
}
