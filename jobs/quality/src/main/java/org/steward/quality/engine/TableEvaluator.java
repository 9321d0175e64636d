package org.steward.quality.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.steward.core.contract.InputContract;
import org.steward.core.contract.TableContract;
import org.steward.platform.batch.RunScope;
import org.steward.platform.engine.SqlDialect;
import org.steward.platform.engine.SqlEngine;

/**
 * Evaluates every check of one table in one pass, as SQL either engine runs: the staged table is
 * enriched once with what its checks need (key lookups, key existence, duplicate counts, reference
 * code sets, DRG tables), one projection turns each row into applies/fails flags for every check,
 * which is kept ({@link SqlEngine#materialize}); one aggregation per facility and period counts them
 * and one query takes the capped sample of failing rows.
 */
final class TableEvaluator {

    private final SqlEngine engine;
    private final SqlDialect dialect;
    private final RunScope scope;
    private final Predicate<String> staged;

    /** @param staged whether an input table was staged (its view is registered, possibly empty) */
    TableEvaluator(SqlEngine engine, RunScope scope, Predicate<String> staged) {
        this.engine = engine;
        this.dialect = engine.dialect();
        this.scope = scope;
        this.staged = staged;
    }

    static String view(String table) {
        return "stg_" + table;
    }

    /** Counts and a failure sample for the table's checks; empty when the table has not been staged. */
    TableOutcome evaluate(TableContract table, List<CompiledCheck> declared, int sampleCap) {
        if (declared.isEmpty() || !staged.test(table.table())) {
            return TableOutcome.EMPTY;
        }
        List<CompiledCheck> checks = new ArrayList<>();
        Map<CompiledCheck, String> cannotRun = new LinkedHashMap<>();
        for (CompiledCheck check : declared) {
            Set<String> missing = new TreeSet<>(check.readsTables());
            missing.removeIf(staged);
            if (missing.isEmpty()) {
                checks.add(check);
            } else {
                cannotRun.put(check, "not applicable: " + String.join(", ", missing) + " was not staged");
            }
        }
        String flags = "quality_flags_" + table.table();
        engine.materialize(flags, flagsSql(table, checks));
        List<CheckCounts> counts = counts(flags, checks, cannotRun);
        return new TableOutcome(counts, checks.isEmpty() ? List.of() : failures(table, flags, checks, sampleCap));
    }

    private String flagsSql(TableContract table, List<CompiledCheck> checks) {
        Set<Enrichment> needs = new LinkedHashSet<>();
        checks.forEach(c -> needs.addAll(c.needs()));
        List<String> ctes = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        List<String> joins = new ArrayList<>();

        ctes.add("__scoped AS (" + scopedRows(table) + ")");
        int n = 0;
        // Duplicates are counted over the whole table, before a single-period run narrows it. Only repeated values
        // are joined back (a small table, where a window over every row would carry every column): a value held once,
        // or with a NULL part (no check applies to it), counts 1.
        for (Enrichment need : needs) {
            if (need instanceof Enrichment.Duplicates duplicates) {
                String alias = "__d" + n++;
                ctes.add(alias + " AS (SELECT " + quoted(duplicates.columns()) + ", count(*) AS __rows FROM "
                        + q(view(table.table())) + " GROUP BY " + quoted(duplicates.columns()) + " HAVING count(*) > 1)");
                joins.add("LEFT JOIN " + alias + " ON " + duplicates.columns().stream()
                        .map(c -> "s." + q(c) + " = " + alias + "." + q(c)).collect(Collectors.joining(" AND ")));
                extra.add("coalesce(" + alias + ".__rows, 1) AS " + q(duplicates.column()));
            }
        }

        // One lookup per other table, carrying the union of the columns its checks use.
        Map<String, Set<String>> lookups = new TreeMap<>();
        for (Enrichment need : needs) {
            if (need instanceof Enrichment.Lookup lookup) {
                lookups.computeIfAbsent(lookup.table(), t -> new TreeSet<>()).addAll(lookup.columns());
            }
        }
        Map<String, String> lookupAliases = new LinkedHashMap<>();
        for (Map.Entry<String, Set<String>> lookup : lookups.entrySet()) {
            String alias = "__lk" + n++;
            TableContract other = InputContract.table(lookup.getKey());
            ctes.add(alias + " AS (" + lookupSql(other, lookup.getValue()) + ")");
            joins.add("LEFT JOIN " + alias + " ON " + other.keyColumns().stream()
                    .map(k -> "s." + q(k) + " = " + alias + "." + q(RelationChecks.lookedUp(other.table(), k)))
                    .collect(Collectors.joining(" AND ")));
            lookup.getValue().forEach(c -> extra.add(alias + "." + q(RelationChecks.lookedUp(other.table(), c))));
            lookupAliases.put(other.table(), alias);
        }
        // A reference table joined by fiscal year and code once, whichever checks read it (DRG validity and GMLOS).
        Map<List<String>, String> referenceJoins = new LinkedHashMap<>();
        for (Enrichment need : needs) {
            String alias = "__e" + n++;
            if (need instanceof Enrichment.KeyExists exists) {
                String lookup = lookupAliases.get(exists.table());
                if (lookup != null && exists.columns().equals(exists.keys())
                        && exists.keys().equals(InputContract.table(exists.table()).keyColumns())) {
                    // The other table is already looked up by this very key: its row is there when the key exists.
                    extra.add("(" + lookup + "." + q(RelationChecks.lookedUp(exists.table(), exists.keys().get(0)))
                            + " IS NOT NULL) AS " + q(exists.column()));
                    continue;
                }
                List<String> select = new ArrayList<>();
                List<String> on = new ArrayList<>();
                for (int i = 0; i < exists.keys().size(); i++) {
                    select.add(q(exists.keys().get(i)) + " AS __k" + i);
                    on.add("s." + q(exists.columns().get(i)) + " = " + alias + ".__k" + i);
                }
                ctes.add(alias + " AS (SELECT DISTINCT " + String.join(", ", select) + " FROM " + q(view(exists.table())) + ")");
                joins.add("LEFT JOIN " + alias + " ON " + String.join(" AND ", on));
                extra.add("(" + alias + ".__k0 IS NOT NULL) AS " + q(exists.column()));
            } else if (need instanceof Enrichment.CodeSet codes) {
                String fiscalYear = dialect.fiscalYear(q(codes.date()));
                if (CheckSql.isList(table.table(), codes.codeColumn())) {
                    // One row per listed code, kept when the year's table lacks it; back to the row by its input line.
                    // Read from the table itself, not __scoped: a CTE read twice is kept whole in memory by DuckDB.
                    ctes.add(alias + " AS (SELECT DISTINCT x.period, x.source_line FROM (SELECT period, source_line, "
                            + fiscalYear + " AS __fy, " + dialect.explode(q(codes.codeColumn())) + " AS __code FROM ("
                            + scopedRows(table) + ") s WHERE " + q(codes.codeColumn()) + " IS NOT NULL AND "
                            + q(codes.date()) + " IS NOT NULL) x LEFT JOIN " + q(codes.referenceTable())
                            + " r ON r.fiscal_year = x.__fy AND r.code = x.__code WHERE r.code IS NULL)");
                    joins.add("LEFT JOIN " + alias + " ON s.period = " + alias + ".period AND s.source_line = "
                            + alias + ".source_line");
                    extra.add("(" + alias + ".source_line IS NOT NULL) AS " + q(codes.column()));
                } else {
                    String joined = referenceJoin(referenceJoins, joins, alias, codes.referenceTable(), codes.codeColumn(),
                            codes.date());
                    extra.add("(" + joined + ".code IS NULL) AS " + q(codes.column()));
                }
            } else if (need instanceof Enrichment.DrgGeometricMeanLos los) {
                String joined = referenceJoin(referenceJoins, joins, alias, ReferenceTables.MS_DRG, los.drg(), los.date());
                extra.add(joined + ".gmlos AS " + q(los.column()));
            }
        }
        ctes.add("__enriched AS (SELECT s.*" + extra.stream().map(e -> ", " + e).collect(Collectors.joining())
                + " FROM __scoped s " + String.join(" ", joins) + ")");

        // Flags that are the same on every row (a check that applies to all, one that never lacks reference data)
        // are not kept: the counts take the constant itself.
        // The key columns are kept as they are: the row key is made for the sampled failing rows only.
        List<String> select = new ArrayList<>(List.of("facility_id", "period", "source_line"));
        table.keyColumns().stream().filter(k -> !select.contains(k)).map(this::q).forEach(select::add);
        for (int i = 0; i < checks.size(); i++) {
            CompiledCheck check = checks.get(i);
            if (!constant(check.applies())) {
                select.add("coalesce(" + check.applies() + ", false) AS a" + i);
            }
            select.add("coalesce((" + check.applies() + ") AND (" + check.fails() + "), false) AS f" + i);
            if (!constant(check.notCheckable())) {
                select.add("coalesce(" + check.notCheckable() + ", false) AS n" + i);
            }
        }
        return "WITH " + String.join(",\n", ctes) + "\nSELECT " + String.join(", ", select) + " FROM __enriched";
    }

    private static boolean constant(String flag) {
        return flag.equals("true") || flag.equals("false");
    }

    /** A flag's count: of its kept column, or of the constant it always is. */
    private static String countOf(String flag, String column) {
        return "count_if(" + (constant(flag) ? flag : column) + ")";
    }

    /** The alias of {@code reference} joined on the fiscal year of {@code date} and {@code code}, joined once. */
    private String referenceJoin(Map<List<String>, String> joined, List<String> joins, String alias, String reference,
                                 String code, String date) {
        return joined.computeIfAbsent(List.of(reference, code, date), k -> {
            joins.add("LEFT JOIN " + q(reference) + " " + alias + " ON " + alias + ".fiscal_year = "
                    + dialect.fiscalYear("s." + q(date)) + " AND " + alias + ".code = s." + q(code));
            return alias;
        });
    }

    /** The run's rows of the table, with the period a snapshot table is filed under. */
    private String scopedRows(TableContract table) {
        return "SELECT t.*" + (table.partitionedByPeriod() ? "" : ", " + snapshotPeriod()) + " FROM "
                + q(view(table.table())) + " t" + scopeFilter(table);
    }

    /** A snapshot table belongs to the run's scope. */
    private String snapshotPeriod() {
        return dialect.literal(scope.toString()) + " AS period";
    }

    private String scopeFilter(TableContract table) {
        return table.partitionedByPeriod() && scope.period().isPresent()
                ? " WHERE period = " + dialect.literal(scope.toString()) : "";
    }

    /** The other table's row with each key (the first by period and input line, so both engines pick the same). */
    private String lookupSql(TableContract other, Set<String> needed) {
        List<String> columns = new ArrayList<>(other.keyColumns());
        needed.stream().filter(c -> !columns.contains(c)).forEach(columns::add);
        String order = other.partitionedByPeriod() ? "period, source_line" : "source_line";
        return "SELECT " + columns.stream().map(c -> q(c) + " AS " + q(RelationChecks.lookedUp(other.table(), c)))
                .collect(Collectors.joining(", ")) + " FROM (SELECT " + quoted(columns) + ", row_number() OVER (PARTITION BY "
                + quoted(other.keyColumns()) + " ORDER BY " + order + ") AS __n FROM " + q(view(other.table()))
                + ") WHERE __n = 1";
    }

    private List<CheckCounts> counts(String flags, List<CompiledCheck> checks, Map<CompiledCheck, String> cannotRun) {
        StringBuilder sql = new StringBuilder("SELECT facility_id, period");
        for (int i = 0; i < checks.size(); i++) {
            CompiledCheck check = checks.get(i);
            sql.append(", ").append(countOf(check.applies(), "a" + i)).append(", count_if(f").append(i).append("), ")
                    .append(countOf(check.notCheckable(), "n" + i));
        }
        sql.append(" FROM ").append(q(flags)).append(" GROUP BY facility_id, period ORDER BY facility_id, period");
        List<CheckCounts> counts = new ArrayList<>();
        for (Object[] row : engine.rows(sql.toString())) {
            String facility = (String) row[0];
            String period = (String) row[1];
            for (int i = 0; i < checks.size(); i++) {
                counts.add(new CheckCounts(checks.get(i).check().id(), facility, period, (Long) row[2 + 3 * i],
                        (Long) row[3 + 3 * i], (Long) row[4 + 3 * i]));
            }
            cannotRun.forEach((check, note) -> counts.add(new CheckCounts(check.check().id(), facility, period, 0, 0, 0, note)));
        }
        return counts;
    }

    private List<FailingRow> failures(TableContract table, String flags, List<CompiledCheck> checks, int sampleCap) {
        String rowKey = table.keyColumns().stream().map(k -> "coalesce(" + dialect.asText(q(k)) + ", '')")
                .collect(Collectors.joining(", '|', ", "concat(", ")"));
        String failing = java.util.stream.IntStream.range(0, checks.size())
                .mapToObj(i -> "SELECT " + dialect.literal(checks.get(i).check().id()) + " AS check_id, facility_id, period, "
                        + rowKey + " AS row_key, source_line FROM " + q(flags) + " WHERE f" + i)
                .collect(Collectors.joining(" UNION ALL "));
        String sql = "SELECT check_id, facility_id, period, row_key, source_line FROM (SELECT *, row_number() OVER "
                + "(PARTITION BY check_id, facility_id, period ORDER BY source_line, row_key) AS __rank FROM (" + failing
                + ") f) r WHERE __rank <= " + sampleCap + " ORDER BY check_id, facility_id, period, source_line, row_key";
        List<FailingRow> sample = new ArrayList<>();
        for (Object[] row : engine.rows(sql)) {
            sample.add(new FailingRow((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                    row[4] == null ? 0 : (Long) row[4]));
        }
        return sample;
    }

    private String q(String identifier) {
        return dialect.quote(identifier);
    }

    private String quoted(List<String> columns) {
        return columns.stream().map(this::q).collect(Collectors.joining(", "));
    }

    /** Counts per check, facility and period, and the failure sample. */
    record TableOutcome(List<CheckCounts> counts, List<FailingRow> failures) {
        static final TableOutcome EMPTY = new TableOutcome(List.of(), List.of());
    }
}
