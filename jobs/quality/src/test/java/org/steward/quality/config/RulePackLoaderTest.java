package org.steward.quality.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.contract.InputContract;
import org.steward.core.contract.TableContract;
import org.steward.platform.settings.ConfigException;
import org.steward.quality.checks.CheckTypes;
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

    private void expectError(String yaml, String message) throws Exception {
        Path file = Files.writeString(folder.resolve("rules.yml"), yaml);
        assertThatThrownBy(() -> RulePackLoader.load(folder))
                .as(yaml)
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining(message);
    }
}
