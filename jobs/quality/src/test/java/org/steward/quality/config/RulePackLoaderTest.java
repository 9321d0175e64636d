package org.steward.quality.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steward.core.contract.InputContract;
import org.steward.core.contract.TableContract;
import org.steward.platform.settings.ConfigException;
import org.steward.quality.checks.CheckType;
import org.steward.quality.checks.CheckTypes;
import org.steward.quality.checks.ParameterKind;
import org.steward.quality.rules.CheckDefinition;
import org.steward.quality.rules.Dimension;
import org.steward.quality.rules.QualityCheck;
import org.steward.quality.rules.Severity;

class RulePackLoaderTest {

    private static final Path SHIPPED = Path.of("../../config/quality").toAbsolutePath().normalize();

    @TempDir
    Path folder;

    @Test
    void theShippedRulePackCoversEveryTableWithValidChecks() {
        RulePack pack = RulePackLoader.load(SHIPPED);
        for (TableContract table : InputContract.TABLES) {
            if (table == InputContract.REGISTRATION_CHANGES) {
                continue; // optional, read by the MPI only: no shipped checks yet
            }
            if (table == InputContract.AGREEMENTS) {
                continue; // system-wide (no facility_id, which quality results are grouped by): judged by the agreements job
            }
            assertThat(pack.forTable(table.table())).as(table.table()).isNotEmpty();
        }
        Map<String, QualityCheck> byId = pack.byId();
        assertThat(byId).hasSize(pack.checks().size());
        // for_each expands to one check per column
        QualityCheck firstName = byId.get("patients.filled.first_name");
        assertThat(firstName.definition()).isEqualTo(new CheckDefinition.Builtin("not_null", Map.of("column", "first_name")));
        assertThat(firstName.dimension()).isEqualTo(Dimension.COMPLETENESS);
        assertThat(firstName.owner()).isEqualTo("Patient access manager");
        assertThat(firstName.severity()).isEqualTo(Severity.WARN);
        assertThat(firstName.threshold()).isEqualTo(0.02);
        QualityCheck drg = byId.get("encounters.drg_valid_for_fy");
        assertThat(drg.severity()).isEqualTo(Severity.ERROR);
        assertThat(drg.subtype()).contains(Dimension.Subtype.VALUE);
        assertThat(drg.origin()).matches(".*encounters.yml:\\d+");
        assertThat(byId.get("cdi_queries.answer_matches_outcome").definition())
                .isInstanceOf(CheckDefinition.PassWhen.class);
        // Every built-in type the issue asks for is used by the shipped pack.
        assertThat(pack.checks().stream().map(QualityCheck::definition)
                .filter(CheckDefinition.Builtin.class::isInstance).map(d -> ((CheckDefinition.Builtin) d).type()).distinct())
                .containsExactlyInAnyOrderElementsOf(CheckTypes.all().stream().map(t -> t.name()).toList());
    }

    @Test
    void eachKindOfMistakeIsNamedWithFileAndLine() throws Exception {
        String header = "table: claims\ndefaults: {owner: x, threshold: 0.1}\nchecks:\n";
        String good = "  - id: claims.a\n    dimension: completeness\n    check: not_null\n    column: claim_id\n"
                + "    severity: warn\n    description: d\n";
        expectError(header + good.replace("    description: d\n", "    description: d\n    colour: blue\n"),
                ":10: 'checks[0].colour' is not a parameter of not_null (it takes [column])");
        expectError(header + good.replace("    check: not_null\n    column: claim_id\n", "    pass_when: claim_id <> ''\n")
                        .replace("    description: d\n", "    description: d\n    colour: blue\n"),
                ":9: unknown key 'checks[0].colour'");
        expectError(header + good.replace("not_null", "not_nul"), ":6: 'checks[0].check' must be a built-in check type, got 'not_nul'");
        expectError(header + good.replace("column: claim_id", "column: claim_idd"),
                ":7: 'checks[0].column' names column 'claim_idd', which claims does not have");
        expectError(header + good.replace("column: claim_id", "column: claim_id\n    years: \"3\""),
                ":8: 'checks[0].years' is not a parameter of not_null");
        expectError(header + good.replace("    column: claim_id\n", ""), ":4: check 'claims.a': not_null needs 'column'");
        expectError(header + good.replace("    check: not_null\n    column: claim_id\n",
                        "    check: not_null\n    column: claim_id\n    pass_when: x > 0\n"),
                "give either 'check' (a built-in type) or 'pass_when' (SQL), not both");
        expectError(header + good.replace("dimension: completeness", "dimension: completeness\n    subtype: temporal"),
                "'checks[0].subtype' is not a subtype of completeness");
        expectError(header + good.replace("severity: warn", "severity: fatal"), "'checks[0].severity' must be one of error, warn");
        expectError(header + good + "    threshold: \"1.5\"\n", "'checks[0].threshold' must be between 0.0 and 1.0");
        expectError(header + good.replace("id: claims.a", "id: Claims A"), "'checks[0].id' must be lower-case words");
        expectError(header.replace("table: claims", "table: claimz") + good, ":1: 'table' must be one of");
        expectError(header + good.replace("    severity: warn\n", ""), ":4: missing key 'severity'");
        expectError(header + "  - id: claims.b\n    dimension: conformance\n    subtype: relational\n    check: references\n"
                        + "    columns: facility_id,encounter_id\n    table: encounters\n    keys: facility_id,encounter_idd\n"
                        + "    severity: warn\n    description: d\n",
                "'checks[0].keys' names column 'encounter_idd', which encounters does not have");
    }

    /** Each fixture under mistakes/ is a rule file with one mistake, named for it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            sex_written_as_a_word              | sex: male        | 'checks[0].sex' must be one of [F, M, U] (the values patients.sex holds once staged), got 'male' ('male' is staged as 'M': write M)
            years_not_a_number                 | years: ten       | 'checks[0].years' must be a whole number from 1 to 150, got 'ten'
            days_negative                      | days: "-1"       | 'checks[0].days' must be a whole number from 0 to 3650, got -1
            date_parameter_names_a_text_column | date: mrn        | 'checks[0].date' names column 'mrn' of encounters, which holds text; 'date' must be a column holding a date
            pass_when_unknown_column           | pass_when:       | 'checks[0].pass_when' would fail on DuckDB: Binder Error: Referenced column "group_kode" not found
            pass_when_unknown_column           | pass_when:       | ; and on Spark: column 'group_kode' does not exist in remittance_adjustments as staged
            pass_when_duckdb_only_function     | pass_when:       | 'checks[0].pass_when' would fail on Spark: function 'regexp_matches' is not a Spark SQL built-in function
            pass_when_spark_only_rlike         | pass_when:       | 'checks[0].pass_when' would fail on DuckDB: Parser Error: syntax error at or near "RLIKE"
            pass_when_syntax_error             | pass_when:       | 'checks[1].pass_when' would fail on DuckDB: Parser Error: syntax error at the end of the expression
            pass_when_syntax_error             | pass_when:       | ; and on Spark: [PARSE_SYNTAX_ERROR] Syntax error at or near end of input
            """)
    void eachMistakeInAFixtureIsNamedWithFileAndLine(String fixture, String offendingLine, String message) throws Exception {
        Path file = folder.resolve(fixture + ".yml");
        try (var in = getClass().getResourceAsStream("mistakes/" + fixture + ".yml")) {
            assertThat(in).as(fixture).isNotNull();
            Files.copy(in, file);
        }
        assertThatThrownBy(() -> RulePackLoader.load(folder))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ":" + lineOf(file, offendingLine) + ": ")
                .hasMessageContaining(message);
    }

    @Test
    void parameterValuesAreCheckedAgainstTheirKinds() throws Exception {
        String header = "table: encounters\ndefaults: {owner: x, severity: warn, threshold: 0.1}\nchecks:\n";
        String los = "  - id: encounters.los\n    dimension: plausibility\n    check: los_outlier\n"
                + "    admit: admit_date\n    discharge: discharge_date\n    drg: ms_drg\n    factor: \"5\"\n"
                + "    description: d\n";
        expectError(header + los, null);
        expectError(header + los.replace("factor: \"5\"", "factor: \"0\""),
                ":10: 'checks[0].factor' must be a number above 0 and at most 100, got 0");
        expectError(header + los.replace("factor: \"5\"", "factor: five"),
                ":10: 'checks[0].factor' must be a number above 0 and at most 100, got 'five'");
        expectError(header + los.replace("admit: admit_date", "admit: admit_date,discharge_date"),
                ":7: 'checks[0].admit' must name one column, got 'admit_date,discharge_date'");
        expectError(header + los.replace("drg: ms_drg", "drg: secondary_dx"),
                ":9: 'checks[0].drg' names column 'secondary_dx' of encounters, which holds a list of text; 'drg' must be "
                        + "a column holding text");

        String dx = "  - id: encounters.dx\n    dimension: plausibility\n    check: dx_age_conflict\n"
                + "    columns: principal_dx,secondary_dx\n    code_prefix: P\n    min_age: \"18\"\n    description: d\n";
        expectError(header + dx, null);
        expectError(header + dx.replace("code_prefix: P", "code_prefix: p"),
                ":8: 'checks[0].code_prefix' must be the start of a code as staged, 1 to 7 upper-case letters or digits, "
                        + "got 'p' (codes are staged upper-case: write P)");
        expectError(header + dx.replace("code_prefix: P", "code_prefix: O0%"), "'checks[0].code_prefix' must be the start");
        expectError(header + dx.replace("min_age: \"18\"", "min_age: \"200\""),
                ":9: 'checks[0].min_age' must be a whole number from 0 to 150, got 200");
        expectError(header + dx.replace("columns: principal_dx,secondary_dx", "columns: principal_dx,total_charges"),
                "'checks[0].columns' names column 'total_charges' of encounters, which holds an amount");
        // The patient is found by facility and MRN, and the age is taken at admission: claims have neither.
        expectError(header.replace("encounters", "claims") + dx.replace("encounters.dx", "claims.dx")
                        .replace("columns: principal_dx,secondary_dx", "columns: payer_id"),
                ":6: 'checks[0].check' dx_age_conflict reads column 'mrn', which claims does not have");

        String notFuture = "  - id: encounters.not_future\n    dimension: plausibility\n    check: not_future\n"
                + "    for_each: [admit_date, payer_id]\n    description: d\n";
        expectError(header + notFuture, ":7: 'checks[0].for_each' names column 'payer_id' of encounters, which holds text");

        String claims = "table: claims\ndefaults: {owner: x, severity: warn, threshold: 0.1}\nchecks:\n";
        expectError(claims + "  - id: claims.billed\n    dimension: plausibility\n    check: non_negative\n"
                        + "    column: payer_name\n    description: d\n",
                ":7: 'checks[0].column' names column 'payer_name' of claims, which holds text; 'column' must be a column "
                        + "holding an amount (a number)");
        String days = "  - id: claims.days\n    dimension: plausibility\n    check: days_between_at_most\n"
                + "    from_table: encounters\n    from: discharge_date\n    to: submitted_date\n    days: \"30\"\n"
                + "    description: d\n";
        expectError(claims + days, null);
        expectError(claims + days.replace("from: discharge_date", "from: total_charges"),
                ":8: 'checks[0].from' names column 'total_charges' of encounters, which holds an amount; 'from' must be a "
                        + "column holding a date");
        expectError(claims + days.replace("from_table: encounters", "from_table: patients"),
                ":7: 'checks[0].from_table' names patients, whose rows are found by their key [facility_id, mrn], but "
                        + "claims has no column 'mrn'");
        expectError(claims + days.replace("from_table: encounters", "from_table: encounter"),
                ":7: 'checks[0].from_table' unknown table 'encounter'");
        String references = "  - id: claims.encounter_exists\n    dimension: conformance\n    check: references\n"
                + "    columns: facility_id,encounter_id\n    table: encounters\n    keys: facility_id,encounter_id\n"
                + "    description: d\n";
        expectError(claims + references, null);
        expectError(claims + references.replace("keys: facility_id,encounter_id", "keys: facility_id"),
                ":9: 'checks[0].keys' must list as many columns as 'columns'");
        expectError(claims + references.replace("keys: facility_id,encounter_id", "keys: facility_id,admit_date"),
                ":9: 'checks[0].keys' pairs encounters.admit_date (a date) with claims.encounter_id (text): paired columns "
                        + "must hold the same type");
    }

    @Test
    void passWhenSqlIsCheckedOnBothEnginesAtItsLine() throws Exception {
        String header = "table: encounters\ndefaults: {owner: x, severity: warn, threshold: 0.1}\nchecks:\n";
        String check = "  - id: encounters.sql\n    dimension: completeness\n    description: d\n    pass_when: %s\n";
        expectError(header + check.formatted("encounter_class <> 'inpatient' OR ms_drg IS NOT NULL"), null);
        expectError(header + check.formatted("total_charges"),
                ":7: 'checks[0].pass_when' would fail on DuckDB: it gives DECIMAL(18,2), not true or false");
        expectError(header + check.formatted("sum(total_charges) > 0"),
                ":7: 'checks[0].pass_when' would fail on Spark: 'sum' is an aggregate or window function");
        expectError(header + check.formatted("secondary_dx[0] = 'O800'"),
                "would fail on Spark: 'secondary_dx[0]' indexes a list, which Spark counts from 0 and DuckDB from 1");
        expectError(header + check.formatted("admit_date > 5"),
                "would fail on DuckDB: Binder Error: Cannot compare values of type DATE");
        // A folded multi-line expression is reported at its first line.
        expectError(header + "  - id: encounters.sql\n    dimension: completeness\n    description: d\n    pass_when: >-\n"
                + "      discharge_date IS NULL\n      OR discharge_date >= admitted\n",
                ":7: 'checks[0].pass_when' would fail on DuckDB: Binder Error: Referenced column \"admitted\" not found");
    }

    @Test
    void theRegistryDeclaresWhatEveryParameterHolds() {
        for (CheckType type : CheckTypes.all()) {
            for (CheckType.Parameter parameter : type.parameters()) {
                ParameterKind kind = parameter.kind();
                if (Set.of("date", "discharge", "admit", "other", "from", "to").contains(parameter.name())) {
                    ParameterKind.ColumnType columnType = kind instanceof ParameterKind.Columns c ? c.type()
                            : ((ParameterKind.ForeignColumns) kind).type();
                    assertThat(columnType).as(type.name() + "." + parameter.name()).isEqualTo(ParameterKind.ColumnType.DATE);
                }
            }
        }
        assertThat(CheckTypes.find("age_at_most").orElseThrow().kind("years")).contains(new ParameterKind.WholeNumber(1, 150));
        assertThat(CheckTypes.find("billed_within_days").orElseThrow().kind("days"))
                .contains(new ParameterKind.WholeNumber(0, 3650));
        assertThat(CheckTypes.find("dx_sex_conflict").orElseThrow().kind("sex"))
                .contains(new ParameterKind.ContractValue("patients", "sex"));
        assertThat(ParameterCheck.allowedValues(new ParameterKind.ContractValue("patients", "sex").spec()))
                .containsExactly("F", "M", "U");
    }

    @Test
    void anIdUsedTwiceIsRejectedWithBothPlaces() throws Exception {
        String check = "table: claims\nchecks:\n  - id: claims.same\n    dimension: completeness\n    check: not_null\n"
                + "    column: claim_id\n    severity: warn\n    threshold: 0\n    owner: x\n    description: d\n";
        Files.writeString(folder.resolve("a.yml"), check);
        Files.writeString(folder.resolve("b.yml"), check);
        assertThatThrownBy(() -> RulePackLoader.load(folder))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("b.yml:3: check id 'claims.same' is already used at " + folder.resolve("a.yml") + ":3");
    }

    /** The 1-based line of the first line of {@code file} that starts, once indented, with {@code text}. */
    private static int lineOf(Path file, String text) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " has no line starting with " + text);
    }

    /** Loads the rules; a null message means they must load. */
    private void expectError(String yaml, String message) throws Exception {
        Path file = Files.writeString(folder.resolve("rules.yml"), yaml);
        if (message == null) {
            assertThat(RulePackLoader.load(folder).checks()).as(yaml).isNotEmpty();
            return;
        }
        assertThatThrownBy(() -> RulePackLoader.load(folder))
                .as(yaml)
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining(message);
    }
}
