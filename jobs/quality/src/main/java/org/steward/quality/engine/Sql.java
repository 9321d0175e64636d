package org.steward.quality.engine;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.steward.core.contract.InputContract;
import org.steward.core.contract.StagedColumn;

/** Small Spark SQL building blocks shared by the check families. */
final class Sql {

    private Sql() {
    }

    static String column(String name) {
        return "`" + name + "`";
    }

    static List<String> columns(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
    }

    static String allPresent(List<String> names) {
        return names.stream().map(n -> column(n) + " IS NOT NULL").collect(Collectors.joining(" AND ", "(", ")"));
    }

    static String present(String table, String name) {
        return isList(table, name) ? "(" + column(name) + " IS NOT NULL AND size(" + column(name) + ") > 0)"
                : "(" + column(name) + " IS NOT NULL)";
    }

    static boolean isList(String table, String name) {
        return StagedColumn.of(InputContract.table(table)).stream()
                .anyMatch(c -> c.name().equals(name) && c.type() == StagedColumn.StoredType.STRING_LIST);
    }

    /** True when {@code good} (an expression built around a value) is false for the value or any list element. */
    static String anyFails(String table, String name, UnaryOperator<String> good) {
        return isList(table, name) ? "exists(" + column(name) + ", c -> NOT (" + good.apply("c") + "))"
                : "NOT (" + good.apply(column(name)) + ")";
    }

    /** US federal fiscal year of a date: October onwards belongs to the next year. */
    static String fiscalYear(String date) {
        return "(year(" + column(date) + ") + CASE WHEN month(" + column(date) + ") >= 10 THEN 1 ELSE 0 END)";
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
