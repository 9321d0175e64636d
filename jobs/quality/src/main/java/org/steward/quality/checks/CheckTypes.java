package org.steward.quality.checks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of built-in check types. A rule file names one of these, or gives its own SQL
 * ({@code pass_when}). Domain definitions behind them are in shared HIM sources: NPI Luhn with the
 * 80840 prefix, SSN area/group/serial rules, ICD-10 billable codes per fiscal year (CMS order files),
 * MS-DRGs per fiscal year (IPPS Table 5), FY N = 1 Oct N-1 to 30 Sep N.
 */
public final class CheckTypes {

    private static final Map<String, CheckType> TYPES = new LinkedHashMap<>();

    static {
        add("not_null", List.of("column"), List.of(), List.of("column"),
                "the column has a value");
        add("unique", List.of("columns"), List.of(), List.of("columns"),
                "no other row has the same values in these columns");
        add("references", List.of("columns", "table", "keys"), List.of(), List.of("columns"), Map.of("keys", "table"),
                "the columns' values exist as keys of another input table");
        add("icd10cm_format", List.of("column"), List.of(), List.of("column"),
                "ICD-10-CM shape: a letter, a digit, an alphanumeric, then up to four more (3-7 characters)");
        add("icd10cm_billable", List.of("column", "date"), List.of(), List.of("column", "date"),
                "a billable ICD-10-CM code in the code set of the fiscal year of the date");
        add("icd10pcs_format", List.of("column"), List.of(), List.of("column"),
                "ICD-10-PCS shape: exactly 7 characters, digits and letters other than I and O");
        add("icd10pcs_billable", List.of("column", "date"), List.of(), List.of("column", "date"),
                "a valid ICD-10-PCS code in the code set of the fiscal year of the date");
        add("drg_valid_for_fy", List.of("column", "date"), List.of(), List.of("column", "date"),
                "an MS-DRG in the weight table of the fiscal year of the date (years without a table: cannot check)");
        add("npi_check_digit", List.of("column"), List.of(), List.of("column"),
                "10 digits whose last is the Luhn check digit over 80840 + the first 9");
        add("ssn_structure", List.of("column"), List.of("placeholders"), List.of("column"),
                "no area 000, 666 or 900-999, no group 00, no serial 0000, not a known placeholder");
        add("not_future", List.of("column"), List.of(), List.of("column"),
                "the date is not after the run date");
        add("age_at_most", List.of("column", "years"), List.of(), List.of("column"),
                "the birth date is no more than this many years before the run date");
        add("not_before", List.of("column", "other"), List.of(), List.of("column", "other"),
                "the date is on or after the other date (both present)");
        add("los_outlier", List.of("admit", "discharge", "drg", "factor"), List.of(), List.of("admit", "discharge", "drg"),
                "the length of stay is at most factor x the DRG's geometric mean length of stay");
        add("dx_sex_conflict", List.of("columns", "code_prefix", "sex"), List.of(), List.of("columns"),
                "no diagnosis starting with code_prefix on a patient of that sex (sex from patients)");
        add("dx_age_conflict", List.of("columns", "code_prefix", "min_age"), List.of(), List.of("columns"),
                "no diagnosis starting with code_prefix on a patient at least min_age years old at admission");
        add("non_negative", List.of("column"), List.of(), List.of("column"),
                "the amount is zero or more");
        add("paid_not_above_billed", List.of("paid", "billed_table", "billed"), List.of(), List.of("paid"),
                Map.of("billed", "billed_table"),
                "the remittance's paid amount is not above the claim's billed amount");
        add("days_between_at_most", List.of("from_table", "from", "to", "days"), List.of(), List.of("to"),
                Map.of("from", "from_table"),
                "at most this many days from a date of a joined table (e.g. discharge) to this table's date");
    }

    private CheckTypes() {
    }

    private static void add(String name, List<String> required, List<String> optional, List<String> columns,
                            String description) {
        add(name, required, optional, columns, Map.of(), description);
    }

    private static void add(String name, List<String> required, List<String> optional, List<String> columns,
                            Map<String, String> foreignColumns, String description) {
        TYPES.put(name, new CheckType(name, required, optional, columns, foreignColumns, description));
    }

    public static Optional<CheckType> find(String name) {
        return Optional.ofNullable(TYPES.get(name));
    }

    public static List<CheckType> all() {
        return List.copyOf(TYPES.values());
    }
}
