package org.steward.casemix.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DrgFamiliesTest {

    private static final Path MS_DRG = Path.of("../../config/reference/ms-drg");

    static List<MsDrg> table(String file) {
        List<MsDrg> rows = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(MS_DRG.resolve(file))) {
            for (NamedCsvRecord r : csv) {
                rows.add(new MsDrg(Integer.parseInt(r.getField("fiscal_year")), r.getField("ms_drg"), r.getField("mdc"),
                        "SURG".equals(r.getField("type")), r.getField("ms_drg_title"), number(r.getField("weight")),
                        number(r.getField("geometric_mean_los"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static Double number(String field) {
        return field.isEmpty() ? null : Double.valueOf(field);
    }

    private static final Map<String, DrgGroup> FY2026 = DrgFamilies.classify(table("ms_drg_weights_fy2026_v43.csv"));

    @Test
    void heartFailureAndShockIsATripletWithCcAndMccCaptured() {
        assertThat(FY2026.get("291")).isEqualTo(new DrgGroup("291", "HEART FAILURE AND SHOCK", DrgSeverity.WITH_MCC, true));
        assertThat(FY2026.get("292")).isEqualTo(new DrgGroup("292", "HEART FAILURE AND SHOCK", DrgSeverity.WITH_CC, true));
        assertThat(FY2026.get("293"))
                .isEqualTo(new DrgGroup("293", "HEART FAILURE AND SHOCK", DrgSeverity.WITHOUT_CC_MCC, true));
        assertThat(FY2026.get("291").captured()).isTrue();
        assertThat(FY2026.get("292").captured()).isTrue();
        assertThat(FY2026.get("293").captured()).isFalse();
    }

    @Test
    void aWithCcMccPairSplits() {
        assertThat(FY2026.get("711")).isEqualTo(new DrgGroup("711", "TESTES PROCEDURES", DrgSeverity.WITH_CC_MCC, true));
        assertThat(FY2026.get("712"))
                .isEqualTo(new DrgGroup("712", "TESTES PROCEDURES", DrgSeverity.WITHOUT_CC_MCC, true));
        assertThat(FY2026.get("711").captured()).isTrue();
    }

    @Test
    void aWithMccPairSplitsAndATitleWithAnOrTailKeepsItsStem() {
        assertThat(FY2026.get("302")).isEqualTo(new DrgGroup("302", "ATHEROSCLEROSIS", DrgSeverity.WITH_MCC, true));
        assertThat(FY2026.get("303")).isEqualTo(new DrgGroup("303", "ATHEROSCLEROSIS", DrgSeverity.WITHOUT_MCC, true));
        assertThat(FY2026.get("303").captured()).isFalse();
        // "LIVER TRANSPLANT WITH MCC OR INTESTINAL TRANSPLANT" / "LIVER TRANSPLANT WITHOUT MCC"
        assertThat(FY2026.get("005")).isEqualTo(new DrgGroup("005", "LIVER TRANSPLANT", DrgSeverity.WITH_MCC, true));
        assertThat(FY2026.get("006")).isEqualTo(new DrgGroup("006", "LIVER TRANSPLANT", DrgSeverity.WITHOUT_MCC, true));
        // "... WITH CC OR TPA IN 24 HOURS"
        assertThat(FY2026.get("065").family()).isEqualTo("INTRACRANIAL HEMORRHAGE OR CEREBRAL INFARCTION");
        assertThat(FY2026.get("065").severity()).isEqualTo(DrgSeverity.WITH_CC);
    }

    @Test
    void aTitleWithoutSeverityIsASingleDrgFamily() {
        assertThat(FY2026.get("007")).isEqualTo(new DrgGroup("007", "#007", DrgSeverity.NOT_SPLIT, false));
        assertThat(FY2026.get("999")).isEqualTo(new DrgGroup("999", "#999", DrgSeverity.NOT_SPLIT, false));
        assertThat(FY2026.get("007").captured()).isFalse();
    }

    @Test
    void aSeverityTitleAloneInItsFamilyDoesNotSplit() {
        // 837's title ends "... OR WITH HIGH DOSE CHEMOTHERAPY AGENT WITH MCC", so its stem differs from
        // 838/839's "CHEMOTHERAPY WITH ACUTE LEUKEMIA AS SECONDARY DIAGNOSIS": the generator's rule, kept.
        DrgGroup alone = FY2026.get("837");
        assertThat(alone.family())
                .isEqualTo("CHEMOTHERAPY WITH ACUTE LEUKEMIA AS SECONDARY DIAGNOSIS OR WITH HIGH DOSE CHEMOTHERAPY AGENT");
        assertThat(alone.severity()).isEqualTo(DrgSeverity.NOT_SPLIT);
        assertThat(alone.splits()).isFalse();
        assertThat(alone.captured()).isFalse();
        assertThat(FY2026.get("838")).isEqualTo(new DrgGroup("838",
                "CHEMOTHERAPY WITH ACUTE LEUKEMIA AS SECONDARY DIAGNOSIS", DrgSeverity.WITH_CC, true));
        assertThat(FY2026.get("839").severity()).isEqualTo(DrgSeverity.WITHOUT_CC_MCC);
    }

    @Test
    void fiscalYear2026HasTheKnownShapeOfFamilies() {
        Map<String, Integer> sizes = new TreeMap<>();
        FY2026.values().forEach(g -> sizes.merge(g.family(), 1, Integer::sum));
        Map<Integer, Integer> familiesBySize = new TreeMap<>();
        sizes.values().forEach(size -> familiesBySize.merge(size, 1, Integer::sum));
        assertThat(familiesBySize).containsExactlyEntriesOf(new TreeMap<>(Map.of(1, 80, 2, 109, 3, 158)));
        assertThat(FY2026).hasSize(772);
        assertThat(FY2026.keySet()).first().isEqualTo("001");
    }

    /** The generator's rule, restated as DrgWeightTable and DrgFamily apply it, on every table we ship. */
    @ParameterizedTest
    @ValueSource(strings = {"ms_drg_weights_fy2023_v40.csv", "ms_drg_weights_fy2024_v41.csv",
        "ms_drg_weights_fy2025_v42.csv", "ms_drg_weights_fy2026_v43.csv"})
    void agreesWithTheSampleDataGeneratorOnEveryTable(String file) {
        Pattern generatorPattern =
                Pattern.compile("^(.*?) (WITH MCC|WITH CC/MCC|WITH CC|WITHOUT CC/MCC|WITHOUT MCC)( OR .*)?$");
        List<MsDrg> rows = table(file);
        Map<String, List<MsDrg>> byStem = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (MsDrg drg : rows) {
            Matcher m = generatorPattern.matcher(drg.title());
            byStem.computeIfAbsent(m.matches() ? m.group(1) : "#" + drg.code(), s -> new ArrayList<>()).add(drg);
            labels.put(drg.code(), m.matches() ? m.group(2) : null);
        }
        Map<String, DrgGroup> groups = DrgFamilies.classify(rows);
        assertThat(groups.keySet()).containsExactlyElementsOf(rows.stream().map(MsDrg::code).toList());
        byStem.forEach((stem, members) -> {
            for (MsDrg drg : members) {
                DrgGroup group = groups.get(drg.code());
                boolean splits = members.size() >= 2;
                String label = labels.get(drg.code());
                boolean capturesCcOrMcc = splits && label != null && !label.startsWith("WITHOUT");
                assertThat(group.family()).as(drg.code()).isEqualTo(stem);
                assertThat(group.splits()).as(drg.code()).isEqualTo(splits);
                assertThat(group.captured()).as(drg.code()).isEqualTo(capturesCcOrMcc);
                assertThat(group.severity()).as(drg.code())
                        .isEqualTo(splits ? DrgSeverity.ofTitleWords(label) : DrgSeverity.NOT_SPLIT);
            }
        });
    }

    @Test
    void blankWeightsAndMdcReadAsNullAndEmpty() {
        MsDrg ungroupable = table("ms_drg_weights_fy2026_v43.csv").stream()
                .filter(d -> d.code().equals("999")).findFirst().orElseThrow();
        assertThat(ungroupable.weight()).isNull();
        assertThat(ungroupable.geometricMeanLos()).isNull();
        assertThat(ungroupable.mdc()).isEmpty();
        assertThat(ungroupable.weighted()).isFalse();
    }

    @Test
    void aFamilyOfOneWithinASmallTableDoesNotSplitButKeepsItsStem() {
        Map<String, DrgGroup> groups = DrgFamilies.classify(List.of(
                drg(2026, "291", "HEART FAILURE AND SHOCK WITH MCC"),
                drg(2026, "292", "HEART FAILURE AND SHOCK WITHOUT MCC"),
                drg(2026, "302", "ATHEROSCLEROSIS WITH MCC"),
                drg(2026, "007", "LUNG TRANSPLANT")));
        assertThat(groups.get("291").severity()).isEqualTo(DrgSeverity.WITH_MCC);
        assertThat(groups.get("302")).isEqualTo(new DrgGroup("302", "ATHEROSCLEROSIS", DrgSeverity.NOT_SPLIT, false));
        assertThat(groups.get("007")).isEqualTo(new DrgGroup("007", "#007", DrgSeverity.NOT_SPLIT, false));
    }

    @Test
    void oneTableMeansOneFiscalYearAndDistinctCodes() {
        assertThatThrownBy(() -> DrgFamilies.classify(List.of(drg(2025, "291", "A WITH MCC"), drg(2026, "292", "A WITH CC"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fiscal years");
        assertThatThrownBy(() -> DrgFamilies.classify(List.of(drg(2026, "291", "A WITH MCC"), drg(2026, "291", "A WITH CC"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThat(DrgFamilies.classify(List.of())).isEmpty();
    }

    @Test
    void codesAreThreeDigitsAndGroupsAreConsistent() {
        assertThatThrownBy(() -> drg(2026, "91", "X")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DrgGroup("291", "X", DrgSeverity.NOT_SPLIT, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DrgGroup("291", "X", DrgSeverity.WITH_MCC, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void severityLabelsAndCapture() {
        assertThat(DrgSeverity.values()).extracting(DrgSeverity::label).containsExactly(
                "with_mcc", "with_cc", "with_cc_mcc", "without_mcc", "without_cc_mcc", "not_split");
        assertThat(DrgSeverity.values()).filteredOn(DrgSeverity::captured)
                .containsExactly(DrgSeverity.WITH_MCC, DrgSeverity.WITH_CC, DrgSeverity.WITH_CC_MCC);
        assertThat(DrgSeverity.ofLabel("with_cc_mcc")).isEqualTo(DrgSeverity.WITH_CC_MCC);
        assertThat(DrgSeverity.ofTitleWords("WITHOUT MCC")).isEqualTo(DrgSeverity.WITHOUT_MCC);
        assertThatThrownBy(() -> DrgSeverity.ofTitleWords("WITH CC OR")).isInstanceOf(IllegalArgumentException.class);
    }

    private static MsDrg drg(int year, String code, String title) {
        return new MsDrg(year, code, "05", false, title, 1.0, 2.0);
    }
}
