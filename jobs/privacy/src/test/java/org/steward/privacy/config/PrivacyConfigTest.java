package org.steward.privacy.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.platform.settings.ConfigException;
import org.steward.privacy.core.AccessFinding;

class PrivacyConfigTest {

    private static final Path HOME = Path.of("../..").toAbsolutePath().normalize();
    private static final Path SHIPPED = HOME.resolve("config/privacy.yml");

    @TempDir
    Path folder;

    @Test
    void theShippedSettingsLoad() {
        PrivacyConfig config = PrivacyConfig.load(SHIPPED, HOME);
        assertThat(config.roi().purposesWithoutAuthorization()).contains("treatment", "payment", "operations",
                "patient_access", "public_health", "law_enforcement").doesNotContain("legal", "research");
        assertThat(config.roi().accessDays()).isEqualTo(30);
        assertThat(config.roi().extensionDays()).isEqualTo(30);
        assertThat(config.roi().accountingYears()).isEqualTo(6);
        PrivacyConfig.Rule context = config.access().rule(AccessFinding.NO_ENCOUNTER_CONTEXT);
        assertThat(context.appliesTo("physician")).isTrue();
        assertThat(context.appliesTo("nurse")).isTrue();
        assertThat(context.appliesTo("coder")).isFalse();
        assertThat(context.appliesTo(null)).as("a user the roster does not know has no clinician role").isFalse();
        assertThat(config.access().rule(AccessFinding.SELF_ACCESS).appliesTo(null)).isTrue();
        assertThat(config.access().volume().zThreshold()).isEqualTo(4.0);
    }

    @Test
    void anUnknownKeyNamesTheFileAndLine() throws Exception {
        Path file = copy("  accounting-years: 6\n", "  accounting-years: 6\n  acounting-years: 6\n");
        assertThatThrownBy(() -> PrivacyConfig.load(file, HOME)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("privacy.yml").hasMessageContaining("acounting-years");
    }

    @Test
    void aPurposeOrRoleTheContractDoesNotKnowIsRejected() throws Exception {
        Path purpose = copy("[public_health, law_enforcement]", "[public_health, marketing]");
        assertThatThrownBy(() -> PrivacyConfig.load(purpose, HOME)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("marketing").hasMessageContaining("roi_requests.csv");
        Path role = copy("exempt-roles: [coder, him, billing]", "exempt-roles: [coder, him, biller]");
        assertThatThrownBy(() -> PrivacyConfig.load(role, HOME)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("biller").hasMessageContaining("workforce.csv");
    }

    @Test
    void numbersOutOfRangeAndAMissingRuleAreRejected() throws Exception {
        Path days = copy("    days: 30\n", "    days: 0\n");
        assertThatThrownBy(() -> PrivacyConfig.load(days, HOME)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("days");
        String shipped = Files.readString(SHIPPED);
        String withoutTerminated = shipped.substring(0, shipped.indexOf("    # Any access dated after"))
                + shipped.substring(shipped.indexOf("    # A clinician opening"));
        Path missing = Files.writeString(folder.resolve("privacy.yml"), withoutTerminated);
        assertThatThrownBy(() -> PrivacyConfig.load(missing, HOME)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("terminated_user");
    }

    private Path copy(String from, String to) throws Exception {
        String shipped = Files.readString(SHIPPED);
        assertThat(shipped).contains(from);
        return Files.writeString(folder.resolve("privacy.yml"), shipped.replace(from, to));
    }
}
