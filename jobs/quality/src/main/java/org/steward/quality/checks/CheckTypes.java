package org.steward.quality.checks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steward.core.contract.InputContract;
import org.steward.core.contract.TableContract;
import org.steward.quality.checks.CheckType.Parameter;
import org.steward.quality.checks.ParameterKind.CodePrefix;
import org.steward.quality.checks.ParameterKind.ColumnType;
import org.steward.quality.checks.ParameterKind.Columns;
import org.steward.quality.checks.ParameterKind.ContractValue;
import org.steward.quality.checks.ParameterKind.ForeignColumns;
import org.steward.quality.checks.ParameterKind.InputTable;
import org.steward.quality.checks.ParameterKind.PositiveDecimal;
import org.steward.quality.checks.ParameterKind.WholeNumber;

/**
 * The registry of built-in check types. A rule file names one of these, or gives its own SQL
 * ({@code pass_when}). Domain definitions behind them are in shared HIM sources: NPI Luhn with the
 * 80840 prefix, SSN area/group/serial rules, ICD-10 billable codes per fiscal year (CMS order files),
 * MS-DRGs per fiscal year (IPPS Table 5), FY N = 1 Oct N-1 to 30 Sep N.
 * Each parameter declares what it holds ({@link ParameterKind}): the loader checks rule files against it.
 */
public final class CheckTypes {

    private static final Map<String, CheckType> TYPES = new LinkedHashMap<>();

    // What parameters hold (the loader checks every value against its kind at start-up).
    private static final ParameterKind YEARS = new WholeNumber(1, 150);
    private static final ParameterKind AGE = new WholeNumber(0, 150);
    private static final ParameterKind DAYS = new WholeNumber(0, 3650);
    private static final ParameterKind FACTOR = new PositiveDecimal(100);
    private static final ParameterKind CODE_PREFIX = new CodePrefix(7);
    /** Compared with the patient's staged sex: F, M or U, never FEMALE or male. */
    private static final ParameterKind PATIENT_SEX = new ContractValue("patients", "sex");
    private static final ParameterKind TABLE = new InputTable(false);
    /** A table whose row is found by its contract key (the checked table has those columns). */
    private static final ParameterKind JOINED_TABLE = new InputTable(true);
    private static final ParameterKind ANY_COLUMN = new Columns(false, ColumnType.ANY);
    private static final ParameterKind KEY_COLUMNS = new Columns(true, ColumnType.SINGLE_VALUED);
    private static final ParameterKind TEXT_COLUMN = new Columns(false, ColumnType.TEXT);
    private static final ParameterKind CODE_COLUMN = new Columns(false, ColumnType.CODE);
    private static final ParameterKind CODE_COLUMNS = new Columns(true, ColumnType.CODE);
    private static final ParameterKind DATE_COLUMN = new Columns(false, ColumnType.DATE);
    private static final ParameterKind AMOUNT_COLUMN = new Columns(false, ColumnType.AMOUNT);
    /** Columns of the patient found by the checked row's copy of the patients key. */
    private static final Map<String, ColumnType> PATIENT_KEY = keyOf(InputContract.PATIENTS);

    static {
        add("not_null", "the column has a value",
                p("column", ANY_COLUMN));
        add("unique", "no other row has the same values in these columns",
                p("columns", KEY_COLUMNS));
        add("references", "the columns' values exist as keys of another input table",
                p("columns", KEY_COLUMNS), p("table", TABLE), p("keys", keysOf("table", "columns")));
        add("icd10cm_format",
                "ICD-10-CM shape: a letter, a digit, an alphanumeric, then up to four more (3-7 characters)",
                p("column", CODE_COLUMN));
        add("icd10cm_billable", "a billable ICD-10-CM code in the code set of the fiscal year of the date",
                p("column", CODE_COLUMN), p("date", DATE_COLUMN));
        add("icd10pcs_format", "ICD-10-PCS shape: exactly 7 characters, digits and letters other than I and O",
                p("column", CODE_COLUMN));
        add("icd10pcs_billable", "a valid ICD-10-PCS code in the code set of the fiscal year of the date",
                p("column", CODE_COLUMN), p("date", DATE_COLUMN));
        add("drg_valid_for_fy",
                "an MS-DRG in the weight table of the fiscal year of the date (years without a table: cannot check)",
                p("column", TEXT_COLUMN), p("date", DATE_COLUMN));
        add("npi_check_digit", "10 digits whose last is the Luhn check digit over 80840 + the first 9",
                p("column", TEXT_COLUMN));
        add("ssn_structure", "no area 000, 666 or 900-999, no group 00, no serial 0000, not a placeholder of "
                        + "config/reference/identifiers/placeholder_ssns.csv",
                p("column", TEXT_COLUMN));
        add("not_future", "the date is not after the run date",
                p("column", DATE_COLUMN));
        add("age_at_most", "the birth date is no more than this many years before the run date",
                p("column", DATE_COLUMN), p("years", YEARS));
        add("not_before", "the date is on or after the other date (both present)",
                p("column", DATE_COLUMN), p("other", DATE_COLUMN));
        add("los_outlier", "the length of stay is at most factor x the DRG's geometric mean length of stay",
                p("admit", DATE_COLUMN), p("discharge", DATE_COLUMN), p("drg", TEXT_COLUMN), p("factor", FACTOR));
        add("dx_sex_conflict", "no diagnosis starting with code_prefix on a patient of that sex (sex from patients)",
                PATIENT_KEY,
                p("columns", CODE_COLUMNS), p("code_prefix", CODE_PREFIX), p("sex", PATIENT_SEX));
        Map<String, ColumnType> patientAndAdmission = new LinkedHashMap<>(PATIENT_KEY);
        patientAndAdmission.put("admit_date", ColumnType.DATE);
        add("dx_age_conflict",
                "no diagnosis starting with code_prefix on a patient at least min_age years old at admission",
                patientAndAdmission,
                p("columns", CODE_COLUMNS), p("code_prefix", CODE_PREFIX), p("min_age", AGE));
        add("non_negative", "the amount is zero or more",
                p("column", AMOUNT_COLUMN));
        add("paid_not_above_billed", "the remittance's paid amount is not above the claim's billed amount",
                p("paid", AMOUNT_COLUMN), p("billed_table", JOINED_TABLE),
                p("billed", new ForeignColumns("billed_table", false, ColumnType.AMOUNT, Optional.empty())));
        add("days_between_at_most",
                "at most this many days from a date of a joined table (e.g. discharge) to this table's date",
                p("from_table", JOINED_TABLE),
                p("from", new ForeignColumns("from_table", false, ColumnType.DATE, Optional.empty())),
                p("to", DATE_COLUMN), p("days", DAYS));
        add("billed_within_days", "a stay discharged more than this many days before the run date has a row in the "
                        + "billing table (discharged-not-final-billed)",
                p("discharge", DATE_COLUMN), p("days", DAYS), p("table", TABLE), p("columns", KEY_COLUMNS),
                p("keys", keysOf("table", "columns")));
    }

    private CheckTypes() {
    }

    private static Parameter p(String name, ParameterKind kind) {
        return new Parameter(name, kind, true);
    }

    /** Key columns of another table, as many as and paired with the checked table's {@code columns}. */
    private static ParameterKind keysOf(String tableParameter, String columnsParameter) {
        return new ForeignColumns(tableParameter, true, ColumnType.SINGLE_VALUED, Optional.of(columnsParameter));
    }

    private static Map<String, ColumnType> keyOf(TableContract table) {
        Map<String, ColumnType> key = new LinkedHashMap<>();
        table.keyColumns().forEach(c -> key.put(c, ColumnType.SINGLE_VALUED));
        return key;
    }

    private static void add(String name, String description, Parameter... parameters) {
        add(name, description, Map.of(), parameters);
    }

    private static void add(String name, String description, Map<String, ColumnType> impliedColumns,
                            Parameter... parameters) {
        TYPES.put(name, new CheckType(name, List.of(parameters), impliedColumns, description));
    }

    public static Optional<CheckType> find(String name) {
        return Optional.ofNullable(TYPES.get(name));
    }

    public static List<CheckType> all() {
        return List.copyOf(TYPES.values());
    }
}
