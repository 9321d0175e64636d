package org.steward.platform.engine;

/** Spark SQL's spelling of what differs (Java regexes, {@code x -> expr} lambdas, explode). */
public final class SparkDialect implements SqlDialect {

    public static final SparkDialect INSTANCE = new SparkDialect();

    private SparkDialect() {
    }

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public String type(SqlType type) {
        return switch (type) {
            case STRING -> "STRING";
            case INTEGER -> "INT";
            case BIGINT -> "BIGINT";
            case DOUBLE -> "DOUBLE";
            case DATE -> "DATE";
            case BOOLEAN -> "BOOLEAN";
            case STRING_LIST -> "ARRAY<STRING>";
            case DECIMAL_CENTS -> "DECIMAL(18,2)";
        };
    }

    @Override
    public String regexMatches(String value, String pattern) {
        return "(" + value + " RLIKE " + pattern + ")";
    }

    @Override
    public String regexReplaceAll(String value, String pattern, String replacement) {
        return "regexp_replace(" + value + ", " + pattern + ", " + replacement + ")";
    }

    @Override
    public String daysBetween(String start, String end) {
        return "datediff(" + end + ", " + start + ")";
    }

    @Override
    public String plusYears(String date, String years) {
        return "add_months(" + date + ", 12 * (" + years + "))";
    }

    @Override
    public String listSize(String list) {
        return "size(" + list + ")";
    }

    @Override
    public String listAny(String list, String variable, String predicate) {
        // exists() is three-valued (NULL when no element is true and one is NULL); DuckDB's filter is two-valued.
        return "coalesce(exists(" + list + ", " + variable + " -> " + predicate + "), false)";
    }

    /** Spark's string literals treat a backslash as an escape (DuckDB's do not): escape it and the quote. */
    @Override
    public String literal(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Override
    public String explode(String list) {
        return "explode(" + list + ")";
    }

    @Override
    public String sortedDistinctJoin(String value, String separator) {
        return "nullif(array_join(array_sort(collect_set(" + value + ")), " + separator + "), '')";
    }
}
