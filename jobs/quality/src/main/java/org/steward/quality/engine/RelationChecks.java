package org.steward.quality.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.steward.quality.rules.QualityCheck;

/** Checks that look beyond the row: uniqueness, references, and values of the key-matched row of another table. */
final class RelationChecks {

    private final CheckSql sql;

    RelationChecks(CheckSql sql) {
        this.sql = sql;
    }

    /** The name a column of another table has once looked up by key. */
    static String lookedUp(String table, String column) {
        return table + "__" + column;
    }

    CompiledCheck unique(QualityCheck check, Map<String, String> p) {
        Enrichment.Duplicates duplicates = new Enrichment.Duplicates(CheckSql.columns(p.get("columns")));
        return new CompiledCheck(check, sql.allPresent(duplicates.columns()), sql.column(duplicates.column()) + " > 1",
                "false", Set.of(duplicates));
    }

    CompiledCheck references(QualityCheck check, Map<String, String> p) {
        Enrichment.KeyExists exists = new Enrichment.KeyExists(p.get("table"), CheckSql.columns(p.get("columns")),
                CheckSql.columns(p.get("keys")));
        return new CompiledCheck(check, sql.allPresent(exists.columns()), "NOT " + sql.column(exists.column()), "false",
                Set.of(exists));
    }

    /** A diagnosis starting with a prefix on a patient of a sex (the patient found by facility and MRN). */
    CompiledCheck diagnosisSexConflict(QualityCheck check, Map<String, String> p) {
        String sex = sql.column(lookedUp("patients", "sex"));
        return new CompiledCheck(check, sex + " IS NOT NULL",
                sex + " = " + sql.literal(p.get("sex")) + " AND " + anyCodeStartsWith(check, p), "false",
                Set.of(new Enrichment.Lookup("patients", Set.of("sex"))));
    }

    /** A diagnosis starting with a prefix on a patient at least min_age whole years old at admission. */
    CompiledCheck diagnosisAgeConflict(QualityCheck check, Map<String, String> p) {
        String birth = sql.column(lookedUp("patients", "birth_date"));
        String admit = sql.column("admit_date");
        int minAge = Integer.parseInt(p.get("min_age").strip());
        return new CompiledCheck(check, birth + " IS NOT NULL AND " + admit + " IS NOT NULL",
                sql.dialect().wholeYears(birth, admit) + " >= " + minAge + " AND " + anyCodeStartsWith(check, p), "false",
                Set.of(new Enrichment.Lookup("patients", Set.of("birth_date"))));
    }

    CompiledCheck paidNotAboveBilled(QualityCheck check, Map<String, String> p) {
        String paid = sql.column(p.get("paid"));
        String billed = sql.column(lookedUp(p.get("billed_table"), p.get("billed")));
        return new CompiledCheck(check, paid + " IS NOT NULL AND " + billed + " IS NOT NULL", paid + " > " + billed,
                "false", Set.of(new Enrichment.Lookup(p.get("billed_table"), Set.of(p.get("billed")))));
    }

    private String anyCodeStartsWith(QualityCheck check, Map<String, String> p) {
        List<String> codeColumns = CheckSql.columns(p.get("columns"));
        return codeColumns.stream().map(c -> sql.anyStartsWith(check.table(), c, p.get("code_prefix")))
                .collect(Collectors.joining(" OR ", "(", ")"));
    }
}
