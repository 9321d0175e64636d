package org.steward.casemix.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.platform.settings.ConfigException;

class DrgReferenceTest {

    private static final Path REFERENCE = Path.of("../../config/reference").toAbsolutePath().normalize();

    @Test
    void everyShippedYearIsLoadedWithItsFamiliesAndTheCcMccListItIsJudgedOn() {
        DrgReference reference = DrgReference.load(REFERENCE);
        assertThat(reference.fiscalYears()).containsExactly(2023, 2024, 2025, 2026);
        assertThat(reference.drg(2026, "291").orElseThrow().weight()).isEqualTo(1.2838);
        assertThat(reference.family(2026, "292")).contains("HEART FAILURE AND SHOCK");
        // Only the v40 list is shipped: later years are judged on it, and the outputs say so.
        assertThat(reference.ccMccYearFor(2026)).isEqualTo(2023);
        assertThat(reference.ccMccYearFor(2020)).isEqualTo(2023);
        assertThat(reference.yearRows()).anySatisfy(r -> assertThat(r).containsExactly(2026, "v43", 2023, "v40 (FY2023)"));
        List<Object[]> drgs = reference.drgRows();
        assertThat(drgs).anySatisfy(r -> assertThat(r).containsExactly(2026, "291", "05", false, 1.2838, 3.8,
                "HEART FAILURE AND SHOCK", "with_mcc", 2, true));
        assertThat(drgs).anySatisfy(r -> assertThat(r[1]).isEqualTo("999"));
        assertThat(reference.ccMccRows()).anySatisfy(r -> assertThat(r).containsExactly(2023, "I462", "MCC", true));
    }

    @Test
    void aFolderWithoutWeightTablesStopsTheRunAtStartUp(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("readme.txt"), "nothing here");
        assertThatThrownBy(() -> DrgReference.load(folder)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("no MS-DRG weight tables");
    }

    @Test
    void aMalformedDrgCodeNamesTheFileAndLine(@TempDir Path folder) throws Exception {
        Files.copy(REFERENCE.resolve("ms-drg/msdrg_cc_mcc_v40_fy2023.csv.gz"), folder.resolve("msdrg_cc_mcc_v40_fy2023.csv.gz"));
        Files.writeString(folder.resolve("ms_drg_weights_fy2027_v44.csv"),
                "ms_drg,mdc,type,ms_drg_title,weight,geometric_mean_los,arithmetic_mean_los,fiscal_year,grouper_version\n"
                        + "291,05,MED,HEART FAILURE AND SHOCK WITH MCC,1.3,3.8,,2027,v44\n"
                        + "29X,05,MED,BROKEN,1.0,1.0,,2027,v44\n");
        assertThatThrownBy(() -> DrgReference.load(folder)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("ms_drg_weights_fy2027_v44.csv").hasMessageContaining("29X");
    }
}
