package org.steward.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * appeals.csv and its truth, read back as a consumer reads them: the outcomes per facility and category equal what
 * the written files give, each planted defect breaks exactly its rule, and without violations there are no edge cases.
 */
class AppealsTest {

    private static final Set<String> DECIDED = Set.of("overturned", "partially_overturned", "upheld");

    @TempDir
    static Path tmp;
    static GeneratedSample sample;

    @BeforeAll
    static void generate() throws Exception {
        sample = GeneratedSample.generate(tmp.resolve("with"), GeneratedSample.small(4242L));
    }

    /**
     * Recomputes truth/appeal_outcomes.csv from the written files: each appealed claim counted once with the decision of
     * its highest level not withdrawn (upheld after a partial overturn stays partial), in its denial's category.
     */
    @Test
    void theOutcomesPerCategoryAreWhatTheWrittenFilesGive() throws Exception {
        Map<String, String> categories = deniedClaims();
        Map<String, List<WrittenCsv.Row>> byClaim = new HashMap<>();
        for (WrittenCsv.Row a : sample.csv("appeals.csv").rows) {
            byClaim.computeIfAbsent(a.get("facility_id") + "|" + a.get("claim_id"), k -> new ArrayList<>()).add(a);
        }
        Set<String> inClaims = claimsOnFile();
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, BigDecimal> recovered = new TreeMap<>();
        for (Map.Entry<String, List<WrittenCsv.Row>> claim : byClaim.entrySet()) {
            String facility = claim.getKey().split("\\|")[0];
            String category = categories.containsKey(claim.getKey()) ? categories.get(claim.getKey())
                    : inClaims.contains(claim.getKey()) ? AppealInputs.NOT_DENIED : AppealInputs.NO_CLAIM;
            List<WrittenCsv.Row> levels = new ArrayList<>(claim.getValue());
            levels.sort(Comparator.comparing((WrittenCsv.Row a) -> a.get("decision").equals("withdrawn"))
                    .thenComparing(a -> -Integer.parseInt(a.get("level"))));
            String outcome = levels.get(0).get("decision");
            boolean overturnedBelow = levels.stream().anyMatch(a -> a.get("decision").contains("overturned"));
            if (outcome.equals("upheld") && overturnedBelow) {
                outcome = "partially_overturned";
            }
            long[] c = counts.computeIfAbsent(facility + "|" + category, k -> new long[7]);
            c[0]++;
            c[1] += DECIDED.contains(outcome) ? 1 : 0;
            c[List.of("overturned", "partially_overturned", "upheld", "pending", "withdrawn").indexOf(outcome) + 2]++;
            for (WrittenCsv.Row a : levels) {
                if (!a.get("decision").equals("pending") && !a.get("recovered_amount").isEmpty()) {
                    recovered.merge(facility + "|" + category, new BigDecimal(a.get("recovered_amount")), BigDecimal::add);
                }
            }
        }
        Map<String, String> truth = new TreeMap<>();
        for (WrittenCsv.Row t : sample.csv("truth/appeal_outcomes.csv").rows) {
            if (!t.get("appealed_claims").equals("0")) {
                truth.put(t.get("facility_id") + "|" + t.get("category"), String.join(",", t.get("appealed_claims"),
                        t.get("decided"), t.get("overturned"), t.get("partially_overturned"), t.get("upheld"),
                        t.get("pending"), t.get("withdrawn"), new BigDecimal(t.get("recovered_amount")).toPlainString()));
            }
        }
        Map<String, String> found = new TreeMap<>();
        counts.forEach((key, c) -> found.put(key, c[0] + "," + c[1] + "," + c[2] + "," + c[3] + "," + c[4] + "," + c[5]
                + "," + c[6] + "," + recovered.getOrDefault(key, new BigDecimal("0.00")).toPlainString()));
        assertThat(found).isEqualTo(truth);
        assertThat(found.keySet()).anyMatch(k -> k.endsWith(AppealInputs.NOT_DENIED))
                .anyMatch(k -> k.endsWith(AppealInputs.NO_CLAIM));
    }

    /** Every planted defect breaks exactly the rule it is for, and no other appeal breaks any of those rules. */
    @Test
    void eachPlantedDefectBreaksItsRuleAndNothingElseDoes() throws Exception {
        Map<String, String> planted = new HashMap<>();
        for (WrittenCsv.Row d : sample.csv("truth/appeal_defects.csv").rows) {
            planted.put(d.get("facility_id") + "|" + d.get("appeal_id"), d.get("defect"));
        }
        assertThat(new HashSet<>(planted.values())).containsExactlyInAnyOrder("appeal_claim_missing",
                "decision_before_filed", "recovered_negative", "decided_without_date", "recovered_on_upheld");
        Set<String> inClaims = claimsOnFile();
        Map<String, String> broken = new HashMap<>();
        for (WrittenCsv.Row a : sample.csv("appeals.csv").rows) {
            String decision = a.get("decision");
            String date = a.get("decision_date");
            String amount = a.get("recovered_amount");
            BigDecimal money = amount.isEmpty() ? BigDecimal.ZERO : new BigDecimal(amount);
            List<String> breaks = new ArrayList<>();
            if (!inClaims.contains(a.get("facility_id") + "|" + a.get("claim_id"))) {
                breaks.add("appeal_claim_missing");
            }
            if (!date.isEmpty() && date.compareTo(a.get("filed_date")) < 0) {
                breaks.add("decision_before_filed");
            }
            if (money.signum() < 0) {
                breaks.add("recovered_negative");
            }
            if (!decision.equals("pending") && date.isEmpty() || decision.equals("pending") && !date.isEmpty()) {
                breaks.add("decided_without_date");
            }
            if (money.signum() != 0 && !decision.contains("overturned")) {
                breaks.add("recovered_on_upheld");
            }
            assertThat(breaks).as(a.get("appeal_id")).hasSizeLessThanOrEqualTo(1);
            breaks.forEach(b -> broken.put(a.get("facility_id") + "|" + a.get("appeal_id"), b));
        }
        assertThat(broken).isEqualTo(planted);
    }

    @Test
    void withoutViolationsThereAreNoEdgeCases() throws Exception {
        GeneratedSample clean = GeneratedSample.generate(tmp.resolve("clean"), new GeneratorSettings(400, 2,
                java.time.YearMonth.of(2025, 1), 6, 11L, GeneratedSample.REFERENCE, 0));
        assertThat(clean.csv("appeals.csv").rows).isNotEmpty();
        assertThat(clean.csv("truth/appeal_defects.csv").rows).isEmpty();
        assertThat(clean.csv("truth/appeal_outcomes.csv").rows).extracting(r -> r.get("category"))
                .doesNotContain(AppealInputs.NOT_DENIED, AppealInputs.NO_CLAIM);
    }

    /** Initially denied claims as stage and the denials job see them: facility|claim -> category. */
    private static Map<String, String> deniedClaims() throws Exception {
        Set<Integer> broken = sample.violatedLines("remittance_adjustments.csv");
        Set<String> inClaims = claimsOnFile();
        Map<String, String> denied = new HashMap<>();
        for (WrittenCsv.Row r : sample.csv("remittance_adjustments.csv").rows) {
            String category = DenialPatterns.category(r.get("group_code"), r.get("carc"), r.get("rarc"));
            String key = r.get("facility_id") + "|" + r.get("claim_id");
            if (category != null && !broken.contains(r.line()) && inClaims.contains(key)) {
                denied.put(key, category);
            }
        }
        return denied;
    }

    private static Set<String> claimsOnFile() throws Exception {
        Set<Integer> broken = sample.violatedLines("claims.csv");
        Set<String> keys = new HashSet<>();
        for (WrittenCsv.Row c : sample.csv("claims.csv").rows) {
            if (!broken.contains(c.line())) {
                keys.add(c.get("facility_id") + "|" + c.get("claim_id"));
            }
        }
        return keys;
    }
}
