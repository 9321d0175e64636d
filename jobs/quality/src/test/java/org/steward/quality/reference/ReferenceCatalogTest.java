package org.steward.quality.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.platform.settings.ConfigException;
import org.steward.platform.testing.TestSettings;

class ReferenceCatalogTest {

    @TempDir
    Path folder;

    @Test
    void theShippedReferenceDataCoversItsFiscalYearsWithCmsSpotChecks() {
        ReferenceCatalog catalog = ReferenceCatalog.load(TestSettings.REPOSITORY_ROOT.resolve("config/reference"));
        assertThat(catalog.icd10cmYears()).containsExactly(2024, 2025, 2026);
        assertThat(catalog.drgYears()).containsExactly(2023, 2024, 2025, 2026);
        assertThat(row(catalog.icd10cm(), 2026, "I5021")).isPresent();
        assertThat(row(catalog.icd10cm(), 2026, "I50")).as("a header code is not billable").isEmpty();
        assertThat(row(catalog.icd10pcs(), 2026, "0DTJ4ZZ")).isPresent();
        assertThat(row(catalog.msDrg(), 2026, "291").orElseThrow()[3]).isEqualTo(3.8);
        // DRGs CMS retired for FY2026 (reference README): valid in 2025, not in 2026.
        assertThat(row(catalog.msDrg(), 2025, "077")).isPresent();
        assertThat(row(catalog.msDrg(), 2026, "077")).isEmpty();
        // Listed with blank weights: principal diagnosis invalid and ungroupable are not valid DRGs.
        assertThat(row(catalog.msDrg(), 2026, "998")).isEmpty();
        assertThat(row(catalog.msDrg(), 2026, "999")).isEmpty();
        assertThat(catalog.placeholderSsns()).contains("999999999", "123456789", "000000000").hasSizeGreaterThan(10);
    }

    @Test
    void nextYearIsAFileDroppedIntoTheFolder() throws Exception {
        Files.writeString(folder.resolve("icd10cm_order_fy2027.csv"),
                "code,billable,short_description,long_description\nZ999,1,x,x\nZ99,0,x,x\n");
        Files.writeString(folder.resolve("ms_drg_weights_fy2027_v44.csv"),
                "ms_drg,mdc,type,ms_drg_title,weight,geometric_mean_los,arithmetic_mean_los,fiscal_year,grouper_version\n"
                        + "291,05,MED,HEART FAILURE AND SHOCK WITH MCC,1.3,3.7,,2027,v44\n");
        placeholders();
        ReferenceCatalog catalog = ReferenceCatalog.load(folder);
        assertThat(catalog.icd10cmYears()).containsExactly(2027);
        assertThat(row(catalog.icd10cm(), 2027, "Z999")).isPresent();
        assertThat(row(catalog.icd10cm(), 2027, "Z99")).isEmpty();
        assertThat(row(catalog.msDrg(), 2027, "291").orElseThrow()[3]).isEqualTo(3.7);
    }

    @Test
    void aFolderWithoutCodeSetsIsAConfigurationError() {
        assertThatThrownBy(() -> ReferenceCatalog.load(folder)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("no ICD-10-CM order files or MS-DRG weight tables found");
    }

    private void placeholders() throws Exception {
        Files.createDirectories(folder.resolve("identifiers"));
        Files.writeString(folder.resolve(ReferenceCatalog.PLACEHOLDER_SSNS), "ssn\n999999999\n");
    }

    private static Optional<Object[]> row(List<Object[]> rows, int year, String code) {
        return rows.stream().filter(r -> r[0].equals(year) && r[1].equals(code)).findFirst();
    }
}
