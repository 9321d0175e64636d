package org.steward.quality.engine;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.steward.platform.engine.SqlDialect;

/**
 * Identifier rules as SQL expressions, so both engines evaluate them without Steward code on executors.
 * Definitions: shared/domain.md (NPI: Luhn over 80840 + the first nine digits; SSN: SSA structure).
 */
final class Identifiers {

    private Identifiers() {
    }

    /**
     * NPI: ten digits whose last is the Luhn check digit of 80840 followed by the first nine. The prefix
     * contributes 24; of the nine, the 1st, 3rd, 5th, 7th and 9th are doubled (a doubled digit over 9 loses 9).
     */
    static String npiValid(SqlDialect dialect, String npi) {
        String sum = IntStream.rangeClosed(1, 9).mapToObj(i -> {
            String digit = digit(npi, i);
            return i % 2 == 1 ? "CASE WHEN " + digit + " >= 5 THEN 2 * " + digit + " - 9 ELSE 2 * " + digit + " END" : digit;
        }).collect(Collectors.joining(" + ", "(24 + ", ")"));
        return "CASE WHEN " + dialect.regexMatches(npi, "'^[0-9]{10}$'") + " THEN (10 - " + sum + " % 10) % 10 = "
                + digit(npi, 10) + " ELSE false END";
    }

    /**
     * SSN: nine digits (dashes optional), never area 000, 666 or 900-999, group 00 or serial 0000, and not
     * a placeholder from config/reference/identifiers/placeholder_ssns.csv.
     */
    static String ssnValid(SqlDialect dialect, String ssn, List<String> placeholders) {
        // Once the shape matches, the only non-digits are dashes: a plain replace (several times cheaper than a
        // regex one, and the same in both engines) leaves the nine digits.
        String digits = "replace(" + ssn + ", '-', '')";
        String notPlaceholder = placeholders.isEmpty() ? "true" : digits + " NOT IN ("
                + placeholders.stream().map(dialect::literal).collect(Collectors.joining(", ")) + ")";
        return "CASE WHEN " + dialect.regexMatches(ssn, "'^[0-9]{3}-?[0-9]{2}-?[0-9]{4}$'") + " THEN "
                + "substr(" + digits + ", 1, 3) NOT IN ('000', '666') AND substr(" + digits + ", 1, 1) <> '9'"
                + " AND substr(" + digits + ", 4, 2) <> '00' AND substr(" + digits + ", 6, 4) <> '0000' AND "
                + notPlaceholder + " ELSE false END";
    }

    private static String digit(String value, int position) {
        return "TRY_CAST(substr(" + value + ", " + position + ", 1) AS INT)";
    }
}
