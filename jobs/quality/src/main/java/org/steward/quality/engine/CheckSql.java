package org.steward.quality.engine;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.steward.core.contract.InputContract;
import org.steward.core.contract.StagedColumn;
import org.steward.platform.engine.SqlDialect;

/** SQL building blocks the check families share, rendered in the run's engine dialect. */
final class CheckSql {

    private final SqlDialect dialect;

    CheckSql(SqlDialect dialect) {
        this.dialect = dialect;
    }

    SqlDialect dialect() {
        return dialect;
    }

    String column(String name) {
        return dialect.quote(name);
    }

    static List<String> columns(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
    }

    String allPresent(List<String> names) {
        return names.stream().map(n -> column(n) + " IS NOT NULL").collect(Collectors.joining(" AND ", "(", ")"));
    }

    String present(String table, String name) {
        return isList(table, name) ? "(" + column(name) + " IS NOT NULL AND " + dialect.listSize(column(name)) + " > 0)"
                : "(" + column(name) + " IS NOT NULL)";
    }

    static boolean isList(String table, String name) {
        return StagedColumn.of(InputContract.table(table)).stream()
                .anyMatch(c -> c.name().equals(name) && c.type() == StagedColumn.StoredType.STRING_LIST);
    }

    /** True when {@code good} (an expression built around a value) is false for the value or any list element. */
    String anyFails(String table, String name, UnaryOperator<String> good) {
        return isList(table, name) ? dialect.listAny(column(name), "c", "NOT (" + good.apply("c") + ")")
                : "NOT (" + good.apply(column(name)) + ")";
    }

    /** True when some element (or the value) starts with {@code prefix}. */
    String anyStartsWith(String table, String name, String prefix) {
        String literal = literal(prefix);
        UnaryOperator<String> starts = v -> "substr(" + v + ", 1, " + prefix.length() + ") = " + literal;
        return isList(table, name) ? dialect.listAny(column(name), "x", starts.apply("x"))
                : "coalesce(" + starts.apply(column(name)) + ", false)";
    }

    String fiscalYear(String date) {
        return dialect.fiscalYear(column(date));
    }

    String literal(String text) {
        return dialect.literal(text);
    }

    static String inList(String value, Collection<Integer> values) {
        return values.isEmpty() ? "false"
                : "(" + value + " IN (" + values.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "))";
    }
}
