package org.steward.quality.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.steward.core.contract.InputContract;
import org.steward.core.contract.StagedColumn;
import org.steward.core.contract.TableContract;

class PassWhenCheckTest {

    private static PassWhenCheck check;

    @BeforeAll
    static void open() {
        check = new PassWhenCheck();
    }

    @AfterAll
    static void close() {
        check.close();
    }

    @Test
    void portableExpressionsOverStagedColumnsPass() {
        assertThat(check.problem(InputContract.CDI_QUERIES,
                "(outcome IN ('agreed', 'disagreed')) = (answered_date IS NOT NULL)")).isEmpty();
        assertThat(check.problem(InputContract.PATIENTS, "birth_date_raw IS NULL AND period IS NOT NULL")).isEmpty();
        assertThat(check.problem(InputContract.ENCOUNTERS, "source_line > 0 AND total_charges >= 0 "
                + "AND discharge_date >= admit_date AND coalesce(cardinality(procedures), 0) < 100")).isEmpty();
        // The portable regular-expression form from the stack notes.
        assertThat(check.problem(InputContract.REMITTANCE_ADJUSTMENTS,
                "regexp_extract(group_code, '(C)', 1) <> ''")).isEmpty();
        assertThat(check.problem(InputContract.CLAIMS, "submitted_date <= current_date")).isEmpty();
    }

    @Test
    void everyStagedColumnIsDeclaredWithItsStoredType() {
        for (TableContract table : InputContract.TABLES) {
            for (StagedColumn column : StagedColumn.of(table)) {
                assertThat(PassWhenCheck.columns(table)).containsEntry(column.name(), PassWhenCheck.duckDbType(column.type()));
            }
            assertThat(PassWhenCheck.columns(table)).containsEntry("period", "VARCHAR");
        }
        assertThat(PassWhenCheck.columns(InputContract.ENCOUNTERS)).containsEntry("total_charges", "DECIMAL(18,2)")
                .containsEntry("secondary_dx", "VARCHAR[]").containsEntry("admit_date", "DATE")
                .containsEntry("source_line", "BIGINT");
    }

    @Test
    void anUnknownColumnFailsOnBothEngines() {
        assertThat(check.problem(InputContract.ENCOUNTERS, "admitted IS NULL")).hasValueSatisfying(p -> assertThat(p)
                .startsWith("would fail on DuckDB: Binder Error: Referenced column \"admitted\" not found")
                .contains("; and on Spark: column 'admitted' does not exist in encounters as staged"));
        // A column of another table is unknown too.
        assertThat(check.sparkProblem(InputContract.CLAIMS, "mrn IS NOT NULL"))
                .contains("column 'mrn' does not exist in claims as staged");
    }

    @Test
    void aDuckDbOnlyFunctionFailsOnSpark() {
        assertThat(check.problem(InputContract.REMITTANCE_ADJUSTMENTS, "regexp_matches(group_code, 'C')"))
                .contains("would fail on Spark: function 'regexp_matches' is not a Spark SQL built-in function");
        assertThat(check.problem(InputContract.ENCOUNTERS, "list_contains(secondary_dx, 'O800')"))
                .contains("would fail on Spark: function 'list_contains' is not a Spark SQL built-in function");
    }

    @Test
    void aSparkOnlyFormFailsOnDuckDb() {
        assertThat(check.problem(InputContract.REMITTANCE_ADJUSTMENTS, "group_code RLIKE 'C'"))
                .contains("would fail on DuckDB: Parser Error: syntax error at or near \"RLIKE\"");
        assertThat(check.duckDbProblem(InputContract.ENCOUNTERS, "array_contains(secondary_dx, 'O800')")).isEmpty()
                .as("DuckDB has array_contains as an alias");
        assertThat(check.problem(InputContract.ENCOUNTERS, "datediff(discharge_date, admit_date) < 100"))
                .hasValueSatisfying(p -> assertThat(p).startsWith("would fail on DuckDB: "));
    }

    @Test
    void syntaxErrorsFailOnBothWithTheParsersWords() {
        Optional<String> problem = check.problem(InputContract.REMITTANCE_ADJUSTMENTS, "group_code IN ('CO',");
        assertThat(problem).hasValueSatisfying(p -> assertThat(p)
                .startsWith("would fail on DuckDB: Parser Error: syntax error at the end of the expression")
                .contains("; and on Spark: [PARSE_SYNTAX_ERROR] Syntax error at or near end of input")
                .doesNotContain("\n").doesNotContain("LINE "));
        assertThat(check.duckDbProblem(InputContract.REMITTANCE_ADJUSTMENTS, "group_code IN\n('CO' 'PR')"))
                .contains("Parser Error: syntax error at or near \"'PR'\"");
        // A comment cannot hide the rest of the query, nor can a second statement slip in.
        assertThat(check.problem(InputContract.CLAIMS, "true) AS pass FROM t; DROP TABLE t; SELECT (true")).isPresent();
        assertThat(check.problem(InputContract.CLAIMS, "claim_id IS NOT NULL -- comment")).isEmpty();
    }

    @Test
    void rowAtATimeBooleanExpressionsOnly() {
        assertThat(check.duckDbProblem(InputContract.CLAIMS, "billed_amount"))
                .contains("it gives DECIMAL(18,2), not true or false");
        assertThat(check.sparkProblem(InputContract.CLAIMS, "count(*) > 1"))
                .contains("'count' is an aggregate or window function; pass_when judges one row");
        assertThat(check.sparkProblem(InputContract.CLAIMS, "row_number() OVER (ORDER BY claim_id) = 1"))
                .hasValueSatisfying(p -> assertThat(p).contains("pass_when judges one row"));
        assertThat(check.sparkProblem(InputContract.CLAIMS, "claim_id IN (SELECT claim_id FROM remittance_adjustments)"))
                .contains("a subquery is not allowed; pass_when sees only the row's own columns");
        assertThat(check.sparkProblem(InputContract.CLAIMS, "c.claim_id IS NOT NULL"))
                .contains("'c.claim_id' is not a column name: write the column alone, without a table or field");
        assertThat(check.sparkProblem(InputContract.ENCOUNTERS, "secondary_dx[1] = 'A'"))
                .hasValueSatisfying(p -> assertThat(p).contains("Spark counts from 0 and DuckDB from 1"));
    }

    @Test
    void typeErrorsAndBadPatternsAreCaught() {
        assertThat(check.duckDbProblem(InputContract.ENCOUNTERS, "admit_date > 5"))
                .hasValueSatisfying(p -> assertThat(p).startsWith("Binder Error: Cannot compare values of type DATE"));
        assertThat(check.duckDbProblem(InputContract.REMITTANCE_ADJUSTMENTS, "regexp_matches(group_code, '(?=C)')"))
                .hasValueSatisfying(p -> assertThat(p).contains("invalid perl operator"));
        assertThat(check.sparkProblem(InputContract.REMITTANCE_ADJUSTMENTS, "regexp_extract(group_code, '([C)', 1) <> ''"))
                .hasValueSatisfying(p -> assertThat(p).startsWith("'([C)' is not a Java regular expression"));
    }
}
