package org.steward.quality.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.steward.quality.reference.FiscalYear;

class IdentifierRulesTest {

    @Test
    void npiCheckDigitFollowsLuhnOverThe80840Prefix() {
        // CMS's published example: 123456789 has check digit 3.
        assertThat(NpiCheckDigit.valid("1234567893")).isTrue();
        assertThat(NpiCheckDigit.valid("1234567890")).isFalse();
        assertThat(NpiCheckDigit.valid("123456789")).isFalse();
        assertThat(NpiCheckDigit.valid("12345678a3")).isFalse();
        assertThat(NpiCheckDigit.valid(null)).isFalse();
        for (String payload : new String[] {"199999999", "100000000", "987654321"}) {
            String npi = payload + NpiCheckDigit.luhnCheckDigit("80840" + payload);
            assertThat(NpiCheckDigit.valid(npi)).as(npi).isTrue();
        }
    }

    @Test
    void ssnStructureRejectsImpossibleAreasGroupsSerialsAndPlaceholders() {
        SsnStructure ssn = new SsnStructure(Set.of("999-99-9999", "123-45-6789"));
        assertThat(ssn.valid("212-34-5678")).isTrue();
        assertThat(ssn.valid("212345678")).isTrue();
        assertThat(ssn.valid("000-12-3456")).isFalse();
        assertThat(ssn.valid("666-12-3456")).isFalse();
        assertThat(ssn.valid("900-12-3456")).isFalse();
        assertThat(ssn.valid("212-00-3456")).isFalse();
        assertThat(ssn.valid("212-34-0000")).isFalse();
        assertThat(ssn.valid("123-45-6789")).isFalse();
        assertThat(ssn.valid("21-234-5678")).isFalse();
        assertThat(ssn.valid("2123456789")).isFalse();
    }

    @Test
    void fiscalYearStartsInOctober() {
        assertThat(FiscalYear.of(LocalDate.of(2025, 9, 30))).isEqualTo(2025);
        assertThat(FiscalYear.of(LocalDate.of(2025, 10, 1))).isEqualTo(2026);
    }
}
