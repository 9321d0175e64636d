package org.steward.platform.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The few fragments of SQL that DuckDB and Spark SQL write differently; everything else Steward sends
 * to an engine is shared SQL. Splink's {@code dialects.py} is the model: one small object per engine,
 * rendering function names, list functions and lambdas. The known differences are listed in
 * shared/stack-notes.md; the portable forms chosen here are tested on both engines
 * ({@code SqlDialectParityTest}).
 */
public interface SqlDialect {

    String name();

    /** The engine's spelling of a column type. */
    String type(SqlType type);

    /** True when {@code pattern} (a SQL string literal) matches somewhere in {@code value}; anchor it with ^ and $. */
    String regexMatches(String value, String pattern);

    /** {@code value} with every match of {@code pattern} replaced. */
    String regexReplaceAll(String value, String pattern, String replacement);

    /** Whole days from {@code start} to {@code end} (negative when end is earlier). */
    String daysBetween(String start, String end);

    /**
     * {@code date} plus {@code years} (an integer expression) calendar years, as a date: the month and day are kept
     * and 29 February becomes 28 February in a common year, as {@link java.time.LocalDate#plusYears} does.
     */
    String plusYears(String date, String years);

    /** Number of elements of a list. */
    String listSize(String list);

    /** True when {@code predicate}, written over {@code variable}, holds for some element; false for an empty list. */
    String listAny(String list, String variable, String predicate);

    /** One output row per element of a list, as a select-list expression. */
    String explode(String list);

    /** Aggregate: the distinct non-null values of {@code value} in ascending order, joined by {@code separator} (a literal). */
    String sortedDistinctJoin(String value, String separator);

    /** A quoted identifier. */
    default String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    /** A string literal. */
    default String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    default String literal(LocalDate date) {
        return "DATE '" + date + "'";
    }

    /** US federal fiscal year of a date: 1 October starts the next year's. */
    default String fiscalYear(String date) {
        return "(year(" + date + ") + CASE WHEN month(" + date + ") >= 10 THEN 1 ELSE 0 END)";
    }

    /**
     * Whole years from {@code birth} to {@code on}: a birthday is reached on the same month and day
     * (29 February birthdays on 1 March in other years). Written out because Spark's months_between has
     * no DuckDB twin and DuckDB's date_diff('year', ...) counts calendar-year boundaries.
     */
    default String wholeYears(String birth, String on) {
        return "(year(" + on + ") - year(" + birth + ") - CASE WHEN month(" + on + ") < month(" + birth + ") OR (month("
                + on + ") = month(" + birth + ") AND day(" + on + ") < day(" + birth + ")) THEN 1 ELSE 0 END)";
    }

    /** An empty relation with these columns, for a table that has no rows yet. */
    default String emptyRelation(List<SqlColumn> columns) {
        return columns.stream().map(c -> "CAST(NULL AS " + type(c.type()) + ") AS " + quote(c.name()))
                .collect(Collectors.joining(", ", "SELECT ", " WHERE 1 = 0"));
    }

    /** A value as text: for keys built of several columns. */
    default String asText(String value) {
        return "CAST(" + value + " AS STRING)";
    }
}
