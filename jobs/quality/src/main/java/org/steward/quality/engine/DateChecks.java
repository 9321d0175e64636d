package org.steward.quality.engine;

import static org.steward.quality.engine.Sql.column;
import static org.steward.quality.engine.Sql.fiscalYear;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.steward.core.contract.InputContract;
import org.steward.quality.rules.QualityCheck;

/** Checks on dates: not in the future, plausible ages, ordering, length of stay, timeliness. */
final class DateChecks {

    private DateChecks() {
    }

    static CompiledCheck notFuture(QualityCheck check, Map<String, String> p, LocalDate asOf) {
        String date = column(p.get("column"));
        return new CompiledCheck(check, date + " IS NOT NULL", date + " > " + day(asOf));
    }

    static CompiledCheck ageAtMost(QualityCheck check, Map<String, String> p, LocalDate asOf) {
        String birth = column(p.get("column"));
        int years = Integer.parseInt(p.get("years").strip());
        return new CompiledCheck(check, birth + " IS NOT NULL", birth + " < " + day(asOf.minusYears(years)));
    }

    static CompiledCheck notBefore(QualityCheck check, Map<String, String> p) {
        String date = column(p.get("column"));
        String other = column(p.get("other"));
        return new CompiledCheck(check, date + " IS NOT NULL AND " + other + " IS NOT NULL", date + " < " + other);
    }

    /** Length of stay against the DRG's geometric mean in the discharge year's table (CMS IPPS Table 5). */
    static CompiledCheck lengthOfStayOutlier(QualityCheck check, Map<String, String> p) {
        String admit = column(p.get("admit"));
        String discharge = column(p.get("discharge"));
        String drg = column(p.get("drg"));
        double factor = Double.parseDouble(p.get("factor").strip());
        String mean = "steward_drg_gmlos(" + fiscalYear(p.get("discharge")) + ", " + drg + ")";
        String known = admit + " IS NOT NULL AND " + discharge + " IS NOT NULL AND " + drg + " IS NOT NULL";
        return new CompiledCheck(check, known + " AND " + mean + " IS NOT NULL",
                "datediff(" + discharge + ", " + admit + ") > " + factor + " * " + mean,
                known + " AND " + mean + " IS NULL", Set.of());
    }

    /** Days from a date of the row's key-matched row in another table (e.g. discharge) to this row's date. */
    static CompiledCheck daysBetweenAtMost(QualityCheck check, Map<String, String> p) {
        String table = p.get("from_table");
        String from = column(RelationChecks.lookedUp(table, p.get("from")));
        String to = column(p.get("to"));
        int days = Integer.parseInt(p.get("days").strip());
        return new CompiledCheck(check, from + " IS NOT NULL AND " + to + " IS NOT NULL",
                "datediff(" + to + ", " + from + ") > " + days, "false",
                Set.of(new Enrichment.Lookup(InputContract.table(table).table(), Set.of(p.get("from")))));
    }

    private static String day(LocalDate date) {
        return "DATE '" + date + "'";
    }
}
