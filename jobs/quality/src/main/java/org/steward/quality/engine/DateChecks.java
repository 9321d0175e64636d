package org.steward.quality.engine;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.steward.core.contract.InputContract;
import org.steward.quality.rules.QualityCheck;

/** Checks on dates: not in the future, plausible ages, ordering, length of stay, timeliness. */
final class DateChecks {

    private final CheckSql sql;
    private final LocalDate asOf;

    DateChecks(CheckSql sql, LocalDate asOf) {
        this.sql = sql;
        this.asOf = asOf;
    }

    CompiledCheck notFuture(QualityCheck check, Map<String, String> p) {
        String date = sql.column(p.get("column"));
        return new CompiledCheck(check, date + " IS NOT NULL", date + " > " + sql.dialect().literal(asOf));
    }

    CompiledCheck ageAtMost(QualityCheck check, Map<String, String> p) {
        String birth = sql.column(p.get("column"));
        int years = Integer.parseInt(p.get("years").strip());
        return new CompiledCheck(check, birth + " IS NOT NULL", birth + " < " + sql.dialect().literal(asOf.minusYears(years)));
    }

    CompiledCheck notBefore(QualityCheck check, Map<String, String> p) {
        String date = sql.column(p.get("column"));
        String other = sql.column(p.get("other"));
        return new CompiledCheck(check, date + " IS NOT NULL AND " + other + " IS NOT NULL", date + " < " + other);
    }

    /** Length of stay against the DRG's geometric mean in the discharge year's table (CMS IPPS Table 5). */
    CompiledCheck lengthOfStayOutlier(QualityCheck check, Map<String, String> p) {
        String admit = sql.column(p.get("admit"));
        String discharge = sql.column(p.get("discharge"));
        String drg = sql.column(p.get("drg"));
        double factor = Double.parseDouble(p.get("factor").strip());
        Enrichment.DrgGeometricMeanLos gmlos = new Enrichment.DrgGeometricMeanLos(p.get("drg"), p.get("discharge"));
        String mean = sql.column(gmlos.column());
        String known = admit + " IS NOT NULL AND " + discharge + " IS NOT NULL AND " + drg + " IS NOT NULL";
        return new CompiledCheck(check, known + " AND " + mean + " IS NOT NULL",
                sql.dialect().daysBetween(admit, discharge) + " > " + factor + " * " + mean,
                known + " AND " + mean + " IS NULL", Set.of(gmlos));
    }

    /** Days from a date of the row's key-matched row in another table (e.g. discharge) to this row's date. */
    CompiledCheck daysBetweenAtMost(QualityCheck check, Map<String, String> p) {
        String table = p.get("from_table");
        String from = sql.column(RelationChecks.lookedUp(table, p.get("from")));
        String to = sql.column(p.get("to"));
        int days = Integer.parseInt(p.get("days").strip());
        return new CompiledCheck(check, from + " IS NOT NULL AND " + to + " IS NOT NULL",
                sql.dialect().daysBetween(from, to) + " > " + days, "false",
                Set.of(new Enrichment.Lookup(InputContract.table(table).table(), Set.of(p.get("from")))));
    }

    /**
     * Discharged, not final billed: a stay discharged more than {@code days} days before the run date with
     * no row in the billing table. Counted from the stays, so the backlog with no claim at all shows.
     */
    CompiledCheck billedWithinDays(QualityCheck check, Map<String, String> p) {
        String discharge = sql.column(p.get("discharge"));
        int days = Integer.parseInt(p.get("days").strip());
        Enrichment.KeyExists billed = new Enrichment.KeyExists(p.get("table"), CheckSql.columns(p.get("columns")),
                CheckSql.columns(p.get("keys")));
        return new CompiledCheck(check,
                discharge + " IS NOT NULL AND " + discharge + " < " + sql.dialect().literal(asOf.minusDays(days))
                        + " AND " + sql.allPresent(billed.columns()),
                "NOT " + sql.column(billed.column()), "false", Set.of(billed));
    }
}
