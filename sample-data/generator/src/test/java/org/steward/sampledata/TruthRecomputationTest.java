package org.steward.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The aggregate truth files equal what a consumer computes from the written CSVs. */
class TruthRecomputationTest {

    private static final Pattern SEVERITY =
            Pattern.compile("^(.*?) (WITH MCC|WITH CC/MCC|WITH CC|WITHOUT CC/MCC|WITHOUT MCC)( OR .*)?$");
    private static final Set<String> CASE_MIX_SPOILERS =
            Set.of("missing_drg", "invalid_drg_for_fy", "discharge_before_admit", "future_service_date");

    @TempDir
    static Path tmp;
    static GeneratedSample sample;

    @BeforeAll
    static void generate() throws Exception {
        sample = GeneratedSample.generate(tmp, GeneratedSample.small(9001L));
    }

    @Test
    void cdiRatesMatchTheQueriesFile() throws Exception {
        Set<Integer> broken = sample.violatedLines("cdi_queries.csv");
        Map<String, long[]> byFacility = new TreeMap<>();
        for (int f = 1; f <= sample.settings.facilities(); f++) {
            byFacility.put("F" + f, new long[3]);
        }
        for (WrittenCsv.Row q : sample.csv("cdi_queries.csv").rows) {
            if (broken.contains(q.line())) {
                continue;
            }
            long[] n = byFacility.get(q.get("facility_id"));
            n[0]++;
            n[1] += q.get("answered_date").isEmpty() ? 0 : 1;
            n[2] += q.get("outcome").equals("agreed") ? 1 : 0;
            if (q.get("outcome").equals("agreed")) {
                assertThat(q.get("answered_date")).isNotEmpty();
            }
            if (q.get("outcome").equals("pending") || q.get("outcome").equals("no_response")) {
                assertThat(q.get("answered_date")).isEmpty();
            }
        }
        List<String> expected = new ArrayList<>();
        byFacility.forEach((f, n) -> expected.add(String.join(",", f, "" + n[0], "" + n[1], "" + n[2],
                rate(n[1], n[0]), rate(n[2], n[1]))));
        assertThat(dataLines("truth/cdi_rates.csv")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(byFacility.values().stream().mapToLong(n -> n[0]).sum()).isPositive();
    }

    @Test
    void agreedQueriesCarryTheEncounterDrgAndMostlyRaiseIt() throws Exception {
        Map<String, String> drgByEncounter = new HashMap<>();
        Set<Integer> brokenEncounters = sample.violatedLines("encounters.csv");
        for (WrittenCsv.Row e : sample.csv("encounters.csv").rows) {
            if (!brokenEncounters.contains(e.line())) {
                drgByEncounter.put(e.get("facility_id") + "|" + e.get("encounter_id"), e.get("ms_drg"));
            }
        }
        Set<Integer> broken = sample.violatedLines("cdi_queries.csv");
        int agreed = 0;
        int raised = 0;
        for (WrittenCsv.Row q : sample.csv("cdi_queries.csv").rows) {
            String drg = drgByEncounter.get(q.get("facility_id") + "|" + q.get("encounter_id"));
            if (broken.contains(q.line()) || drg == null || !q.get("outcome").equals("agreed")) {
                continue;
            }
            agreed++;
            raised += q.get("drg_after").equals(q.get("drg_before")) ? 0 : 1;
            assertThat(drg).isEqualTo(q.get("drg_after"));
        }
        assertThat(raised).isGreaterThan(agreed / 2);
    }

    @Test
    void caseMixMatchesTheEncountersFile() throws Exception {
        Map<Integer, Map<String, String[]>> tables = weightTables();
        Set<Integer> broken = sample.violatedLines("encounters.csv");
        Map<String, String> defects = sample.defectRows("encounters");
        Map<String, long[]> cells = new TreeMap<>();
        for (WrittenCsv.Row e : sample.csv("encounters.csv").rows) {
            String defect = defects.getOrDefault(e.get("facility_id") + "|" + e.get("encounter_id"), "");
            if (broken.contains(e.line()) || !e.get("encounter_class").equals("inpatient")
                    || CASE_MIX_SPOILERS.contains(defect)) {
                continue;
            }
            LocalDate discharge = LocalDate.parse(e.get("discharge_date"));
            int fy = discharge.getMonthValue() >= 10 ? discharge.getYear() + 1 : discharge.getYear();
            int tableYear = tables.keySet().stream().filter(y -> y <= fy).max(Integer::compare)
                    .orElse(tables.keySet().iterator().next());
            String[] drg = tables.get(tableYear).get(e.get("ms_drg"));
            assertThat(drg).as("DRG %s", e.get("ms_drg")).isNotNull();
            long[] n = cells.computeIfAbsent(e.get("facility_id") + "," + YearMonth.from(discharge), k -> new long[4]);
            n[0]++;
            n[1] += new BigDecimal(drg[0]).movePointRight(4).longValueExact();
            n[2] += drg[1].equals("split") || drg[1].equals("split+cc") ? 1 : 0;
            n[3] += drg[1].equals("split+cc") ? 1 : 0;
        }
        List<String> expected = new ArrayList<>();
        cells.forEach((k, n) -> {
            BigDecimal sum = BigDecimal.valueOf(n[1], 4);
            expected.add(String.join(",", k, "" + n[0], sum.toPlainString(),
                    sum.divide(BigDecimal.valueOf(n[0]), 4, RoundingMode.HALF_UP).toPlainString(), "" + n[2], "" + n[3]));
        });
        assertThat(dataLines("truth/case_mix.csv")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void rootCauseCountsMatchTheDenialsInTheirCells() throws Exception {
        Map<String, String[]> claims = new HashMap<>();
        for (WrittenCsv.Row c : sample.csv("claims.csv").rows) {
            claims.put(c.get("facility_id") + "|" + c.get("claim_id"),
                    new String[] {c.get("payer_id"), c.get("facility_id"), c.get("submitted_date")});
        }
        Map<String, String> denialOf = new HashMap<>();
        for (WrittenCsv.Row r : sample.csv("remittance_adjustments.csv").rows) {
            if ("0.00".equals(r.get("paid_amount"))) {
                denialOf.put(r.get("facility_id") + "|" + r.get("claim_id"), r.get("group_code") + "-" + r.get("carc"));
            }
        }
        for (WrittenCsv.Row cause : sample.csv("truth/denial_root_causes.csv").rows) {
            long found = 0;
            for (Map.Entry<String, String> d : denialOf.entrySet()) {
                String[] c = claims.get(d.getKey());
                if (c != null && d.getValue().equals(cause.get("group_code") + "-" + cause.get("carc"))
                        && (cause.get("payer_id").isEmpty() || cause.get("payer_id").equals(c[0]))
                        && (cause.get("facility_id").isEmpty() || cause.get("facility_id").equals(c[1]))
                        && c[2].startsWith(cause.get("period"))) {
                    found++;
                }
            }
            long baseline = Long.parseLong(cause.get("baseline_denials"));
            long injected = Long.parseLong(cause.get("injected_denials"));
            assertThat(found).as(cause.get("cause_id") + " " + cause.get("period")).isEqualTo(baseline + injected);
            assertThat(injected).isPositive();
        }
    }

    /** FY -> DRG -> {weight, "single" | "split" | "split+cc"}, computed from the titles as documented. */
    private static Map<Integer, Map<String, String[]>> weightTables() throws IOException {
        Map<Integer, Map<String, String[]>> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(GeneratedSample.REFERENCE.resolve("ms-drg"))) {
            for (Path file : files.filter(p -> p.getFileName().toString().startsWith("ms_drg_weights_fy")).toList()) {
                int fy = Integer.parseInt(file.getFileName().toString().substring(17, 21));
                List<List<String>> rows = new ArrayList<>();
                Map<String, Integer> familySize = new HashMap<>();
                for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                    List<String> r = WrittenCsv.fields(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    rows.add(r);
                    Matcher m = SEVERITY.matcher(r.get(3));
                    if (m.matches()) {
                        familySize.merge(m.group(1), 1, Integer::sum);
                    }
                }
                Map<String, String[]> table = new HashMap<>();
                for (List<String> r : rows) {
                    Matcher m = SEVERITY.matcher(r.get(3));
                    boolean split = m.matches() && familySize.get(m.group(1)) >= 2;
                    boolean cc = split && !m.group(2).startsWith("WITHOUT");
                    table.put(r.get(0), new String[] {r.get(4).isEmpty() ? "0" : r.get(4),
                        cc ? "split+cc" : split ? "split" : "single"});
                }
                out.put(fy, table);
            }
        }
        return out;
    }

    private static List<String> dataLines(String relative) throws IOException {
        List<String> lines = Files.readAllLines(sample.dir.resolve(relative));
        return lines.subList(1, lines.size());
    }

    private static String rate(long numerator, long denominator) {
        return denominator == 0 ? ""
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP)
                        .toPlainString();
    }
}
