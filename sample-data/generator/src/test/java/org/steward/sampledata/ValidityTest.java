package org.steward.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything not planted as a defect is valid, and every planted defect really is one. */
class ValidityTest {

    private static final Pattern CM_SHAPE = Pattern.compile("[A-Z][0-9][A-Z0-9](\\.?[A-Z0-9]{1,4})?");

    @TempDir
    static Path tmp;
    static GeneratedSample sample;
    static ReferenceData ref;

    @BeforeAll
    static void generate() throws Exception {
        sample = GeneratedSample.generate(tmp, GeneratedSample.small(424242L));
        ref = ReferenceData.load(GeneratedSample.REFERENCE);
    }

    @Test
    void npisPassLuhnExceptThePlantedOnes() throws Exception {
        Map<String, String> defects = sample.defectRows("encounters");
        Set<Integer> broken = sample.violatedLines("encounters.csv");
        int bad = 0;
        for (WrittenCsv.Row row : sample.csv("encounters.csv").rows) {
            if (broken.contains(row.line())) {
                continue;
            }
            boolean planted = "bad_npi_check_digit".equals(defects.get(key(row, "encounter_id")));
            assertThat(Npi.valid(row.get("attending_npi"))).as(row.get("encounter_id")).isEqualTo(!planted);
            bad += planted ? 1 : 0;
        }
        assertThat(bad).isPositive();
        Set<Integer> brokenQueries = sample.violatedLines("cdi_queries.csv");
        assertThat(sample.csv("cdi_queries.csv").rows).filteredOn(r -> !brokenQueries.contains(r.line()))
                .allSatisfy(r -> assertThat(Npi.valid(r.get("provider_npi"))).isTrue());
    }

    @Test
    void codesAreBillableInTheirFiscalYearExceptThePlantedOnes() throws Exception {
        Map<String, String> defects = sample.defectRows("encounters");
        Set<Integer> broken = sample.violatedLines("encounters.csv");
        IcdCodeSets.CodeSystem cm = ref.icd.cm;
        IcdCodeSets.CodeSystem pcs = ref.icd.pcs;
        for (WrittenCsv.Row row : sample.csv("encounters.csv").rows) {
            if (broken.contains(row.line())) {
                continue;
            }
            String defect = defects.getOrDefault(key(row, "encounter_id"), "");
            int fy = FiscalYear.of((int) LocalDate.parse(row.get("discharge_date")).toEpochDay());
            String principal = row.get("principal_dx");
            String bare = principal.replace(".", "");
            boolean dots = !row.get("facility_id").equals("F2");
            switch (defect) {
                case "invalid_icd10cm" -> assertThat(CM_SHAPE.matcher(principal).matches()
                        && !cm.existsInAnyYear(bare)).as(principal).isTrue();
                case "nonbillable_icd10cm" -> assertThat(cm.existsInAnyYear(bare) && !cm.billable(bare, fy)).isTrue();
                case "malformed_icd10cm" -> assertThat(CM_SHAPE.matcher(principal).matches()).as(principal).isFalse();
                default -> {
                    assertThat(cm.billable(bare, fy)).as("%s in FY%d", principal, fy).isTrue();
                    assertThat(principal.contains(".")).isEqualTo(dots && bare.length() > 3);
                }
            }
            for (String code : row.get("secondary_dx").split("\\|")) {
                if (!code.isEmpty()) {
                    assertThat(cm.billable(code.replace(".", ""), fy)).as(code).isTrue();
                }
            }
            boolean allPcsBillable = true;
            for (String code : row.get("procedures").split("\\|")) {
                allPcsBillable &= code.isEmpty() || (code.length() == 7 && pcs.billable(code, fy));
            }
            assertThat(allPcsBillable).as(row.get("procedures")).isEqualTo(!defect.equals("invalid_icd10pcs"));
        }
    }

    @Test
    void inpatientDrgsExistInTheirYearExceptThePlantedOnes() throws Exception {
        Map<String, String> defects = sample.defectRows("encounters");
        Set<Integer> broken = sample.violatedLines("encounters.csv");
        for (WrittenCsv.Row row : sample.csv("encounters.csv").rows) {
            if (broken.contains(row.line())) {
                continue;
            }
            String drg = row.get("ms_drg");
            if (!row.get("encounter_class").equals("inpatient")) {
                assertThat(drg).isEmpty();
                continue;
            }
            DrgWeightTable table = ref.drgTableFor((int) LocalDate.parse(row.get("discharge_date")).toEpochDay());
            switch (defects.getOrDefault(key(row, "encounter_id"), "")) {
                case "missing_drg" -> assertThat(drg).isEmpty();
                case "invalid_drg_for_fy" -> assertThat(drg).matches("[0-9]{3}").satisfies(d ->
                        assertThat(table.contains(d)).isFalse());
                default -> assertThat(table.contains(drg)).as("DRG %s in FY%d", drg, table.fiscalYear).isTrue();
            }
        }
    }

    @Test
    void datesSexAndAgeRulesHoldOutsideThePlantedRows() throws Exception {
        Map<String, WrittenCsv.Row> patients = new HashMap<>();
        for (WrittenCsv.Row p : sample.csv("patients.csv").rows) {
            patients.put(key(p, "mrn"), p);
        }
        Map<String, String> defects = sample.defectRows("encounters");
        Set<Integer> broken = sample.violatedLines("encounters.csv");
        LocalDate last = sample.settings.lastMonth().atEndOfMonth();
        for (WrittenCsv.Row row : sample.csv("encounters.csv").rows) {
            if (broken.contains(row.line())) {
                continue;
            }
            String defect = defects.getOrDefault(key(row, "encounter_id"), "");
            LocalDate admit = LocalDate.parse(row.get("admit_date"));
            LocalDate discharge = LocalDate.parse(row.get("discharge_date"));
            assertThat(discharge.isBefore(admit)).isEqualTo(defect.equals("discharge_before_admit"));
            assertThat(!discharge.isBefore(last.plusYears(20))).isEqualTo(defect.equals("future_service_date"));
            assertThat(discharge.isAfter(last)).isEqualTo(defect.equals("future_service_date"));
            WrittenCsv.Row patient = patients.get(key(row, "mrn"));
            String codes = row.get("principal_dx") + "|" + row.get("secondary_dx");
            boolean pregnancyCode = Pattern.compile("(^|\\|)O").matcher(codes).find();
            boolean perinatalCode = Pattern.compile("(^|\\|)P").matcher(codes).find();
            LocalDate birth = LocalDate.parse(patient.get("birth_date"));
            boolean adult = !birth.isAfter(admit) && Period.between(birth, admit).getYears() >= 18;
            assertThat(pregnancyCode && patient.get("sex").equals("M")).isEqualTo(defect.equals("pregnancy_dx_on_male"));
            assertThat(perinatalCode && adult).isEqualTo(defect.equals("newborn_dx_on_adult"));
        }
    }

    @Test
    void identityFieldsAreValidExceptThePlantedOnes() throws Exception {
        Map<String, String> defects = sample.defectRows("patients");
        LocalDate last = sample.settings.lastMonth().atEndOfMonth();
        for (WrittenCsv.Row row : sample.csv("patients.csv").rows) {
            String defect = defects.getOrDefault(key(row, "mrn"), "");
            String ssn = row.get("ssn");
            assertThat(ssn).matches("|[0-9]{3}-[0-9]{2}-[0-9]{4}");
            int value = ssn.isEmpty() ? 0 : Integer.parseInt(ssn.replace("-", ""));
            assertThat(!ssn.isEmpty() && SsnSpace.isPlaceholder(value)).isEqualTo(defect.equals("ssn_placeholder"));
            assertThat(!ssn.isEmpty() && !SsnSpace.isPlaceholder(value) && !SsnSpace.validStructure(value))
                    .isEqualTo(defect.equals("ssn_invalid_structure"));
            assertThat(LocalDate.parse(row.get("birth_date")).isAfter(last)).isEqualTo(defect.equals("birth_date_future"));
            assertThat(row.get("sex")).isIn("F", "M", "U");
            assertThat(row.get("zip")).matches("[0-9]{5}");
            assertThat(row.get("phone")).matches("|[0-9]{3}-[0-9]{3}-[0-9]{4}");
        }
    }

    @Test
    void twinsAreDifferentPeopleSharingSurnameBirthDateAndAddress() throws Exception {
        Map<String, WrittenCsv.Row> cleanRegistration = new HashMap<>();
        Set<String> withErrors = new HashSet<>();
        for (WrittenCsv.Row r : sample.csv("truth/registration_errors.csv").rows) {
            withErrors.add(key(r, "mrn"));
        }
        Map<String, String> personOf = new HashMap<>();
        for (WrittenCsv.Row t : sample.csv("truth/truth.csv").rows) {
            personOf.put(key(t, "mrn"), t.get("person_id"));
        }
        for (WrittenCsv.Row p : sample.csv("patients.csv").rows) {
            if (!withErrors.contains(key(p, "mrn")) && p.get("facility_id").equals("F1")) {
                cleanRegistration.put(personOf.get(key(p, "mrn")), p);
            }
        }
        WrittenCsv twins = sample.csv("truth/twins.csv");
        assertThat(twins.rows).isNotEmpty();
        int compared = 0;
        for (WrittenCsv.Row pair : twins.rows) {
            assertThat(pair.get("person_id_a")).isNotEqualTo(pair.get("person_id_b"));
            WrittenCsv.Row a = cleanRegistration.get(pair.get("person_id_a"));
            WrittenCsv.Row b = cleanRegistration.get(pair.get("person_id_b"));
            if (a != null && b != null) {
                compared++;
                assertThat(b.get("last_name")).isEqualTo(a.get("last_name"));
                assertThat(b.get("birth_date")).isEqualTo(a.get("birth_date"));
                assertThat(b.get("address_line")).isEqualTo(a.get("address_line"));
                assertThat(b.get("first_name")).isNotEqualTo(a.get("first_name"));
            }
        }
        assertThat(compared).isPositive();
    }

    @Test
    void remittanceUsesActiveCodesAndBalances() throws Exception {
        Set<Integer> broken = sample.violatedLines("remittance_adjustments.csv");
        Set<Integer> brokenClaims = sample.violatedLines("claims.csv");
        Map<String, Long> billed = new HashMap<>();
        for (WrittenCsv.Row c : sample.csv("claims.csv").rows) {
            if (!brokenClaims.contains(c.line())) {
                billed.put(key(c, "claim_id"), cents(c.get("billed_amount")));
            }
        }
        Map<String, Long> paid = new HashMap<>();
        Map<String, Long> adjusted = new HashMap<>();
        Map<String, String> remitOf = new HashMap<>();
        Set<String> spoiled = new HashSet<>();
        for (WrittenCsv.Row r : sample.csv("remittance_adjustments.csv").rows) {
            if (broken.contains(r.line())) {
                // A broken row may have lost its claim id; its remit date and paid amount still name the claim.
                spoiled.add(r.get("facility_id") + "|" + r.get("claim_id"));
                spoiled.add(r.get("facility_id") + "|" + r.get("remit_date") + "|" + r.get("paid_amount"));
                continue;
            }
            remitOf.put(key(r, "claim_id"), r.get("facility_id") + "|" + r.get("remit_date") + "|" + r.get("paid_amount"));
            assertThat(ref.remittance.carcActive(r.get("carc"))).as("CARC %s", r.get("carc")).isTrue();
            assertThat(r.get("rarc").isEmpty() || ref.remittance.rarcActive(r.get("rarc"))).isTrue();
            assertThat(r.get("group_code")).isIn("CO", "PR", "OA", "PI");
            paid.put(key(r, "claim_id"), cents(r.get("paid_amount")));
            adjusted.merge(key(r, "claim_id"), cents(r.get("adjustment_amount")), Long::sum);
        }
        Map<String, String> overpaid = sample.defectRows("remittance_adjustments");
        for (Map.Entry<String, Long> e : paid.entrySet()) {
            if (spoiled.contains(e.getKey()) || spoiled.contains(remitOf.get(e.getKey())) || !billed.containsKey(e.getKey())) {
                continue;
            }
            long bill = billed.get(e.getKey());
            assertThat(e.getValue() + adjusted.get(e.getKey())).as(e.getKey()).isEqualTo(bill);
            assertThat(e.getValue() > bill).isEqualTo(overpaid.containsKey(e.getKey()));
        }
    }

    private static long cents(String amount) {
        return new java.math.BigDecimal(amount).movePointRight(2).longValueExact();
    }

    private static String key(WrittenCsv.Row row, String column) {
        return row.get("facility_id") + "|" + row.get(column);
    }
}
