package org.steward.casemix.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.platform.settings.ConfigException;

class CasemixConfigTest {

    private static final Path HOME = Path.of("../..").toAbsolutePath().normalize();
    private static final Path SHIPPED = HOME.resolve("config/casemix.yml");

    @TempDir
    Path folder;

    @Test
    void theShippedSettingsLoad() {
        CasemixConfig config = CasemixConfig.load(SHIPPED, HOME);
        assertThat(config.inpatientClasses()).containsExactly("inpatient");
        assertThat(config.acuteTransferDispositions()).contains("02");
        assertThat(config.postAcuteDrgs()).isEmpty();
        assertThat(config.responseRateTarget()).isEqualTo(0.90);
        assertThat(config.agreementRateTarget()).isEqualTo(0.80);
        assertThat(config.baseRate()).isEqualByComparingTo("6500.00");
    }

    @Test
    void anUnknownKeyStopsTheRunWithItsLine() throws Exception {
        Path file = edited("  worklist-size: 200", "  worklist-size: 200\n  worklist-sise: 10");
        assertThatThrownBy(() -> CasemixConfig.load(file, HOME)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown key 'case-mix.worklist-sise'").hasMessageContaining(file + ":");
    }

    @Test
    void aRateAboveOneAMissingKeyAndABadAmountAreRefused() throws Exception {
        assertThatThrownBy(() -> CasemixConfig.load(edited("response-rate: 0.90", "response-rate: 90"), HOME))
                .hasMessageContaining("cdi.targets.response-rate").hasMessageContaining("between 0.0 and 1.0");
        assertThatThrownBy(() -> CasemixConfig.load(edited("  control-chart-months: 24\n", ""), HOME))
                .hasMessageContaining("missing key 'case-mix.control-chart-months'");
        assertThatThrownBy(() -> CasemixConfig.load(edited("base-rate: 6500.00", "base-rate: lots"), HOME))
                .hasMessageContaining("cdi.base-rate").hasMessageContaining("'lots'");
    }

    @Test
    void aPostAcuteListThatDoesNotExistIsRefusedAtStartUp() throws Exception {
        Path file = edited("post-acute-drgs: none", "post-acute-drgs: " + folder.resolve("missing.csv"));
        assertThatThrownBy(() -> CasemixConfig.load(file, HOME)).hasMessageContaining("post-acute-drgs")
                .hasMessageContaining("does not exist");
    }

    private Path edited(String from, String to) throws Exception {
        String text = Files.readString(SHIPPED);
        assertThat(text).contains(from);
        return Files.writeString(folder.resolve("casemix.yml"), text.replace(from, to));
    }
}
