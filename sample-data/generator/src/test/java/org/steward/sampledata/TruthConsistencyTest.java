package org.steward.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TruthConsistencyTest {

    private static final List<String> CONTRACT_FILES =
            List.of("encounters.csv", "claims.csv", "remittance_adjustments.csv", "cdi_queries.csv");
    private static final Map<String, String> TABLE_FILES = Map.of("patients", "patients.csv",
            "encounters", "encounters.csv", "claims", "claims.csv",
            "remittance_adjustments", "remittance_adjustments.csv");
    private static final Map<String, String> TABLE_KEYS = Map.of("patients", "mrn", "encounters", "encounter_id",
            "claims", "claim_id", "remittance_adjustments", "claim_id");

    @TempDir
    static Path tmp;
    static GeneratedSample sample;

    @BeforeAll
    static void generate() throws Exception {
        sample = GeneratedSample.generate(tmp, GeneratedSample.small(20251L));
    }

    @Test
    void everyPatientRowIsInTruthExactlyOnceAndViceVersa() throws Exception {
        Map<String, Integer> patients = counts(sample.csv("patients.csv"), "facility_id", "mrn");
        Map<String, Integer> truth = counts(sample.csv("truth/truth.csv"), "facility_id", "mrn");

        assertThat(patients.values()).containsOnly(1);
        assertThat(truth).isEqualTo(patients);
        assertThat(sample.csv("truth/truth.csv").rows)
                .allSatisfy(r -> assertThat(r.get("person_id")).matches("[1-9][0-9]*"));
    }

    @Test
    void summaryCountsMatchTheFiles() throws Exception {
        for (Map.Entry<String, Long> e : sample.summary.rowsPerFile().entrySet()) {
            assertThat((long) sample.csv(e.getKey()).rows.size()).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void defectTotalsEqualTheListedRowsAndEachListedRowExists() throws Exception {
        Map<String, Long> listed = new TreeMap<>();
        for (WrittenCsv.Row r : sample.csv("truth/dq_defect_rows.csv").rows) {
            listed.merge(r.get("defect"), 1L, Long::sum);
        }
        Map<String, Long> totals = new TreeMap<>();
        for (WrittenCsv.Row r : sample.csv("truth/dq_defects.csv").rows) {
            long n = Long.parseLong(r.get("rows"));
            if (n > 0) {
                totals.put(r.get("defect"), n);
            }
            assertThat(n).as("%s is planted at least a few times", r.get("defect")).isGreaterThanOrEqualTo(3);
        }
        assertThat(totals).isEqualTo(listed);

        for (Map.Entry<String, String> table : TABLE_FILES.entrySet()) {
            Set<String> keys = new HashSet<>();
            for (WrittenCsv.Row r : sample.csv(table.getValue()).rows) {
                keys.add(r.get("facility_id") + "|" + r.get(TABLE_KEYS.get(table.getKey())));
            }
            assertThat(keys).as(table.getKey()).containsAll(sample.defectRows(table.getKey()).keySet());
        }
    }

    @Test
    void violationsAreExactlyPlacedAndReallyBroken() throws Exception {
        WrittenCsv log = sample.csv("truth/contract_violations.csv");
        assertThat(log.rows).hasSize(CONTRACT_FILES.size() * 10);
        Map<String, Set<String>> kinds = new HashMap<>();
        for (WrittenCsv.Row v : log.rows) {
            WrittenCsv file = sample.csv(v.get("file"));
            WrittenCsv.Row row = file.rows.get(Integer.parseInt(v.get("line")) - 2);
            assertThat(row.line()).isEqualTo(Integer.parseInt(v.get("line")));
            kinds.computeIfAbsent(v.get("file"), k -> new HashSet<>()).add(v.get("kind"));
            String field = v.get("field");
            switch (v.get("kind")) {
                case "wrong_field_count" -> assertThat(Math.abs(row.fields().size() - file.header.size())).isEqualTo(1);
                case "bad_encoding" -> {
                    assertThat(WrittenCsv.validUtf8(row.raw())).isFalse();
                    assertThat(row.fields()).hasSize(file.header.size());
                }
                case "missing_key" -> assertThat(row.get(field)).isEmpty();
                case "bad_date" -> assertThat(isIsoDate(row.get(field))).as(row.get(field)).isFalse();
                case "non_numeric_amount" -> assertThat(isDecimal(row.get(field))).as(row.get(field)).isFalse();
                default -> throw new AssertionError("unknown kind " + v.get("kind"));
            }
        }
        assertThat(kinds.get("encounters.csv")).hasSize(5);
        assertThat(kinds.get("cdi_queries.csv")).doesNotContain("non_numeric_amount").hasSize(4);
    }

    @Test
    void unbrokenRowsKeepTheContract() throws Exception {
        for (FileContract contract : List.of(OutputTables.ENCOUNTERS, OutputTables.CLAIMS, OutputTables.REMITTANCE,
                OutputTables.CDI_QUERIES)) {
            String name = contract.fileName();
            Set<Integer> broken = sample.violatedLines(name);
            WrittenCsv file = sample.csv(name);
            assertThat(file.header).containsExactly(contract.header());
            for (WrittenCsv.Row row : file.rows) {
                if (broken.contains(row.line())) {
                    continue;
                }
                assertThat(row.fields()).as("%s line %d", name, row.line()).hasSize(file.header.size());
                assertThat(WrittenCsv.validUtf8(row.raw())).isTrue();
                assertThat(row.fields().get(contract.keyColumn())).as("%s key", name).isNotEmpty();
                for (int c : contract.dateColumns()) {
                    String value = row.fields().get(c);
                    if (!(value.isEmpty() && file.header.get(c).equals("answered_date"))) {
                        assertThat(isIsoDate(value)).as("%s line %d %s", name, row.line(), value).isTrue();
                    }
                }
                for (int c : contract.amountColumns()) {
                    assertThat(isDecimal(row.fields().get(c))).as("%s line %d", name, row.line()).isTrue();
                }
            }
        }
        WrittenCsv patients = sample.csv("patients.csv");
        assertThat(patients.rows).allSatisfy(r -> assertThat(r.fields()).hasSize(patients.header.size()));
    }

    @Test
    void violatedRowsAreNotDefectRows() throws Exception {
        WrittenCsv encounters = sample.csv("encounters.csv");
        Set<Integer> broken = sample.violatedLines("encounters.csv");
        Map<String, String> defects = sample.defectRows("encounters");
        for (WrittenCsv.Row row : encounters.rows) {
            if (broken.contains(row.line())) {
                assertThat(defects).doesNotContainKey(row.get("facility_id") + "|" + row.get("encounter_id"));
            }
        }
    }

    private static Map<String, Integer> counts(WrittenCsv csv, String a, String b) {
        Map<String, Integer> out = new HashMap<>();
        for (WrittenCsv.Row r : csv.rows) {
            out.merge(r.get(a) + "|" + r.get(b), 1, Integer::sum);
        }
        return out;
    }

    static boolean isIsoDate(String value) {
        try {
            return value != null && value.length() == 10 && LocalDate.parse(value) != null;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static boolean isDecimal(String value) {
        try {
            return value != null && value.matches("-?[0-9]+\\.[0-9]{2}") && new BigDecimal(value) != null;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
