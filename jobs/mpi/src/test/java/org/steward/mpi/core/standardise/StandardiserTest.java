package org.steward.mpi.core.standardise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.steward.mpi.core.PatientRecord;
import org.steward.mpi.core.StandardPatient;
import org.steward.mpi.core.harness.MpiConfig;

class StandardiserTest {

    private final ReferenceTables tables = new ReferenceTables(
            Map.of("BILL", List.of("WILLIAM"), "AL", List.of("ALBERT", "ALAN")),
            Map.of("JR", "JR", "JUNIOR", "JR", "III", "III", "3RD", "III"),
            Set.of("999999999", "123456789"),
            Map.of("STREET", "ST", "APARTMENT", "UNIT", "APT", "UNIT", "#", "UNIT"));

    @Test
    void textIsFoldedToUpperCaseAsciiWords() {
        assertThat(TextNormaliser.words("  José-María  O'Brien ")).isEqualTo("JOSE MARIA OBRIEN");
        assertThat(TextNormaliser.letters("Mary-Ann")).isEqualTo("MARYANN");
        assertThat(TextNormaliser.words("12 Oak St #4")).isEqualTo("12 OAK ST # 4");
        assertThat(TextNormaliser.words(" - ")).isNull();
        assertThat(TextNormaliser.digits("033-66-8647")).isEqualTo("033668647");
    }

    @Test
    void nicknamesExpandToTheirCanonicalNames() {
        NameStandardiser names = new NameStandardiser(tables);
        assertThat(names.givenNameForms("BILL")).containsExactly("BILL", "WILLIAM");
        assertThat(names.givenNameForms("AL")).containsExactly("AL", "ALBERT", "ALAN");
        assertThat(names.givenNameForms("WILLIAM")).containsExactly("WILLIAM");
    }

    @Test
    void suffixesAreTakenOutOfTheSurname() {
        NameStandardiser names = new NameStandardiser(tables);
        assertThat(names.surname("Smith Jr.")).isEqualTo("SMITH");
        assertThat(names.suffix(null, "Smith Jr.")).isEqualTo("JR");
        assertThat(names.suffix("3rd", "Smith")).isEqualTo("III");
        assertThat(names.surname("Van Der Berg")).isEqualTo("VANDERBERG");
        assertThat(names.metaphone("SMITH")).isEqualTo(names.metaphone("SMYTH"));
    }

    @Test
    void ssnPlaceholdersFillersAndUnissuableNumbersAreMissing() {
        SsnStandardiser ssns = new SsnStandardiser(tables.placeholderSsns(), 7, 9, true);
        assertThat(ssns.standardise("033-66-8647")).isEqualTo("033668647");
        assertThat(ssns.standardise("999-99-9999")).isNull();
        assertThat(ssns.standardise("111-11-1111")).isNull();
        assertThat(ssns.standardise("000-12-3456")).isNull();
        assertThat(ssns.standardise("666-12-3456")).isNull();
        assertThat(ssns.standardise("912-12-3456")).isNull();
        assertThat(ssns.standardise("123-00-4567")).isNull();
        assertThat(ssns.standardise("123-45-0000")).isNull();
        assertThat(ssns.standardise("1234")).isNull();
        assertThat(ssns.standardise("5012345")).isEqualTo("5012345");
    }

    @Test
    void birthDatesKeepTheirDigitsAndDropFutureDates() {
        BirthDateStandardiser dates = new BirthDateStandardiser(LocalDate.of(2026, 1, 1), 1880);
        assertThat(dates.standardise(LocalDate.of(1955, 7, 3), null)).isEqualTo("19550703");
        assertThat(dates.standardise(null, "19371233")).isEqualTo("19371233");
        assertThat(dates.standardise(LocalDate.of(2050, 1, 1), null)).isNull();
        assertThat(dates.standardise(null, "1937")).isNull();
        assertThat(dates.standardise(LocalDate.of(1700, 1, 1), null)).isNull();
        assertThat(BirthDateStandardiser.dayMonthSwapped("19550703")).isEqualTo("19550307");
        assertThat(BirthDateStandardiser.dayMonthSwapped("19550723")).isNull();
    }

    @Test
    void addressWordsAreAbbreviated() {
        AddressStandardiser addresses = new AddressStandardiser(tables.addressWords());
        assertThat(addresses.standardise("23 Sunset Street Apartment 111"))
                .isEqualTo(addresses.standardise("23 SUNSET ST #111"))
                .isEqualTo("23 SUNSET ST UNIT 111");
    }

    @Test
    void aWholeRegistrationIsStandardised() {
        PatientStandardiser s = new PatientStandardiser(tables,
                new org.steward.mpi.core.settings.MatchSettings.Standardise(7, 9, true, 10, 5, 1880),
                LocalDate.of(2026, 1, 1));
        StandardPatient p = s.standardise(0, new PatientRecord("F1", "1", "Bill", "", "Smith Jr", null, "male",
                LocalDate.of(1960, 2, 1), null, "999-99-9999", "1 Main Street", "Ames", "ia", "50010-1234",
                "+1 (515) 555-0100", " Bill@Example.com "));
        assertThat(p.firstNames()).containsExactly("BILL", "WILLIAM");
        assertThat(p.lastName()).isEqualTo("SMITH");
        assertThat(p.suffix()).isEqualTo("JR");
        assertThat(p.middleName()).isNull();
        assertThat(p.sex()).isEqualTo("M");
        assertThat(p.ssn()).isNull();
        assertThat(p.zip()).isEqualTo("50010");
        assertThat(p.phone()).isEqualTo("5155550100");
        assertThat(p.email()).isEqualTo("bill@example.com");
        assertThat(p.address()).isEqualTo("1 MAIN ST");
    }

    @Test
    void theRepositoryReferenceFilesLoad() {
        ReferenceTables loaded = MpiConfig.load().tables();
        assertThat(loaded.nicknames().size()).isGreaterThan(140);
        assertThat(loaded.nicknames().get("BOB")).contains("ROBERT");
        assertThat(loaded.placeholderSsns()).contains("999999999");
        assertThat(loaded.addressWords().get("STREET")).isEqualTo("ST");
    }
}
