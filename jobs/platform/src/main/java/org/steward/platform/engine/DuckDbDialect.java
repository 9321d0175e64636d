package org.steward.platform.engine;

/** DuckDB's spelling of what differs (RE2 regexes, 1-based lists, {@code lambda x:} syntax). */
public final class DuckDbDialect implements SqlDialect {

    public static final DuckDbDialect INSTANCE = new DuckDbDialect();

    private DuckDbDialect() {
    }

    @Override
    public String name() {
        return "duckdb";
    }

    @Override
    public String type(SqlType type) {
        return switch (type) {
            case STRING -> "VARCHAR";
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case DOUBLE -> "DOUBLE";
            case DATE -> "DATE";
            case BOOLEAN -> "BOOLEAN";
            case STRING_LIST -> "VARCHAR[]";
            case DECIMAL_CENTS -> "DECIMAL(18,2)";
        };
    }

    @Override
    public String regexMatches(String value, String pattern) {
        return "regexp_matches(" + value + ", " + pattern + ")";
    }

    @Override
    public String regexReplaceAll(String value, String pattern, String replacement) {
        return "regexp_replace(" + value + ", " + pattern + ", " + replacement + ", 'g')";
    }

    @Override
    public String daysBetween(String start, String end) {
        return "date_diff('day', " + start + ", " + end + ")";
    }

    @Override
    public String plusYears(String date, String years) {
        return "CAST(" + date + " + to_years(CAST(" + years + " AS INTEGER)) AS DATE)";
    }

    @Override
    public String listSize(String list) {
        return "len(" + list + ")";
    }

    @Override
    public String listAny(String list, String variable, String predicate) {
        return "coalesce(len(list_filter(" + list + ", lambda " + variable + ": " + predicate + ")) > 0, false)";
    }

    @Override
    public String explode(String list) {
        return "unnest(" + list + ")";
    }

    @Override
    public String sortedDistinctJoin(String value, String separator) {
        return "string_agg(DISTINCT " + value + ", " + separator + " ORDER BY " + value + ")";
    }

    @Override
    public String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
