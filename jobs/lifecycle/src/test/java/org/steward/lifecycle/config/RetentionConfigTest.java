package org.steward.lifecycle.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.lifecycle.core.RetentionPolicy;
import org.steward.lifecycle.core.RetentionRule;
import org.steward.platform.settings.ConfigException;

class RetentionConfigTest {

    private static final Path HOME = Path.of("../..").toAbsolutePath().normalize();

    @TempDir
    Path folder;

    @Test
    void theShippedRulesAreTheIssuesFiguresEachWithItsSource() {
        RetentionPolicy policy = RetentionConfig.load(HOME.resolve("config/retention.yml"), HOME);
        assertThat(policy.floor().years()).isEqualTo(10);
        assertThat(policy.floor().always()).isFalse();
        assertThat(policy.rules()).extracting(RetentionRule::state).containsExactly("CA", "NY", "TX");
        assertThat(policy.rules()).allSatisfy(r -> assertThat(r.source()).isNotBlank());
        RetentionRule ca = policy.rules().get(0);
        assertThat(ca.adultYears()).isEqualTo(7);
        assertThat(ca.minors()).contains(new RetentionRule.MinorsRule(18, 1, ca.minors().get().source()));
        assertThat(policy.rules().get(1).adultYears()).isEqualTo(6);
        assertThat(policy.rules().get(2).adultYears()).isEqualTo(10);
        assertThat(policy.decide(Optional.of("CA"), Optional.of(LocalDate.parse("2025-01-01")),
                Optional.of(LocalDate.parse("2015-01-01"))).retainUntil()).contains(LocalDate.parse("2034-01-01"));
    }

    @Test
    void anUnknownKeyIsRefusedWithItsFileAndLine() throws Exception {
        Path file = write("""
                federal-floor: {years: 10, applies: fallback, source: x}
                default-age-of-majority: 18
                states:
                  CA: {adult-years: 7, source: x, minor: {years-after-majority: 1, source: y}}
                """);
        assertThatThrownBy(() -> RetentionConfig.load(file, HOME)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("states.CA.minor");
    }

    @Test
    void badValuesAreRefused() throws Exception {
        assertThatThrownBy(() -> RetentionConfig.load(write("""
                federal-floor: {years: 10, applies: sometimes, source: x}
                default-age-of-majority: 18
                states: {}
                """), HOME)).isInstanceOf(ConfigException.class).hasMessageContaining("applies");
        assertThatThrownBy(() -> RetentionConfig.load(write("""
                federal-floor: {years: 10, applies: fallback, source: x}
                default-age-of-majority: 18
                states:
                  California: {adult-years: 7, source: x}
                """), HOME)).isInstanceOf(ConfigException.class).hasMessageContaining("two-letter");
        assertThatThrownBy(() -> RetentionConfig.load(write("""
                federal-floor: {years: 10, applies: fallback, source: x}
                default-age-of-majority: 18
                states:
                  CA: {adult-years: 7, source: " "}
                """), HOME)).isInstanceOf(ConfigException.class).hasMessageContaining("source");
        assertThatThrownBy(() -> RetentionConfig.load(write("""
                federal-floor: {applies: fallback, source: x}
                default-age-of-majority: 18
                states: {}
                """), HOME)).isInstanceOf(ConfigException.class).hasMessageContaining("years");
    }

    @Test
    void theShippedAgreementSettingsLoadAndUnknownKeysFail() throws Exception {
        assertThat(AgreementsConfig.load(HOME.resolve("config/agreements.yml"), HOME).expiringWithinDays()).isEqualTo(90);
        Path file = write("expiring-within-days: 30\nexpiring-window: 10\n");
        assertThatThrownBy(() -> AgreementsConfig.load(file, HOME)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("expiring-window");
    }

    private Path write(String text) throws Exception {
        return Files.writeString(Files.createTempFile(folder, "retention", ".yml"), text);
    }
}
