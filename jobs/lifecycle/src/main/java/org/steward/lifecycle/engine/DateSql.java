package org.steward.lifecycle.engine;

import org.steward.platform.engine.SqlDialect;

/**
 * Adding calendar years, spelled per engine: DuckDB's {@code to_years} interval and Spark's {@code add_months} both
 * keep the month and day and put a 29 February on 28 February in a common year, as
 * {@link java.time.LocalDate#plusYears} does (the parity test holds the engines to each other, the truth test to Java).
 */
final class DateSql {

    private DateSql() {
    }

    /** {@code date} plus {@code years} (an integer expression) calendar years. */
    static String plusYears(SqlDialect dialect, String date, String years) {
        if (dialect.name().equals("spark")) {
            return "add_months(" + date + ", 12 * (" + years + "))";
        }
        return "CAST(" + date + " + to_years(CAST(" + years + " AS INTEGER)) AS DATE)";
    }
}
