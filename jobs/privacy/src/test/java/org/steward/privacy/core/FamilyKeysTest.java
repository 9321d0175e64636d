package org.steward.privacy.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.mpi.core.standardise.ReferenceTables;
import org.steward.mpi.job.MpiConfiguration;

class FamilyKeysTest {

    private static final ReferenceTables TABLES = MpiConfiguration.load(Path.of("../../config/mpi.yml")
            .toAbsolutePath().normalize()).tables();

    private final FamilyKeys keys = new FamilyKeys(TABLES, List.of(
            new FamilyKeys.Person("U1", "O'Brien", "12 Oak Street Apartment 4", "52302"),
            new FamilyKeys.Person("U2", "Smith Jr", "7 Elm Avenue", ""),
            new FamilyKeys.Person("U3", "Lee", null, "52302")));

    @Test
    void theMpisStandardisationDecidesWhoSharesSurnameAndAddress() {
        // Case, punctuation, a suffix typed into the surname, and street words spelled out or abbreviated.
        assertThat(keys.usersSharing(new FamilyKeys.Person(null, "OBRIEN", "12 oak st apt 4", "52302-1111"))).containsExactly("U1");
        assertThat(keys.usersSharing(new FamilyKeys.Person(null, "SMITH", "7 Elm Ave", "60601"))).containsExactly("U2");
    }

    @Test
    void theShippedAddressWordsKeepEveryDigitSoTheSqlPrefilterIsSafe() {
        assertThat(keys.digitsSurviveStandardisation()).isTrue();
        assertThat(FamilyKeys.addressDigits("12 Oak St Apt 4")).isEqualTo("124");
        assertThat(FamilyKeys.addressDigits("Oak Street")).isEmpty();
        // The user without an address is nobody's family: no key of theirs.
        assertThat(keys.prefilterKeys()).extracting(FamilyKeys.Prefilter::digits).containsOnly("124", "7");
    }

    @Test
    void everyRegistrationTheStandardiserMatchesPassesThePrefilter() {
        FamilyKeys wide = new FamilyKeys(TABLES, List.of(
                new FamilyKeys.Person("U1", "O'Brien", "12 Oak Street Apartment 4", "52302"),
                new FamilyKeys.Person("U2", "Smith Jr", "7 Elm Avenue", ""),
                new FamilyKeys.Person("U4", "Müller-Lüdenscheidt", "#3 Ringstraße", null),
                new FamilyKeys.Person("U5", "de la Cruz III", "400 N. Main St., #2", "30301"),
                new FamilyKeys.Person("U6", "Jr", "1 Rue Jr", null)));
        List<FamilyKeys.Person> registrations = List.of(
                reg("OBRIEN", "12 oak st apt 4"), reg("O’Brien", "12 OAK STREET APT. 4"), reg("o brien", "12 Oak St Unit 4"),
                reg("Smith", "7 Elm Ave"), reg("SMITH JR.", "7 elm avenue"), reg("Smith Junior", "7 Elm Av"),
                reg("Smith 2nd", "7 Elm Ave"), reg("Smith-III", "7 Elm Ave"),
                reg("Muller Ludenscheidt", "# 3 ringstraße"), reg("MÜLLER LÜDENSCHEIDT SR", "Unit 3 Ringstraße"),
                reg("Mu\u0308ller-Lu\u0308denscheidt", "#3 Ringstraße"), reg("De La Cruz", "400 N Main Street Apt 2"),
                reg("DELACRUZ 3RD", "400 n main st #2"), reg("Jr Jr", "1 Rue Jr"), reg("Jr", "1 Rue Junior"),
                reg("\tSmith\n", "7\tElm Ave"));
        int matched = 0;
        for (FamilyKeys.Person r : registrations) {
            if (!wide.usersSharing(r).isEmpty()) {
                matched++;
                assertThat(wide.prefilterKeys()).as(r.lastName() + " / " + r.addressLine()).contains(wide.prefilterKey(r));
            }
        }
        assertThat(matched).isEqualTo(15);
    }

    @Test
    void thePrefilterDropsOtherSurnamesAndAddressDigits() {
        assertThat(keys.prefilterKeys()).doesNotContain(keys.prefilterKey(reg("Bryan", "12 Oak Street Apt 4")),
                keys.prefilterKey(reg("O'Brien", "14 Oak Street Apt 4")), keys.prefilterKey(reg("Smithson", "7 Elm Ave")));
        // Outside printable ASCII the letters are not judged here, the digits still are.
        assertThat(keys.prefilterKey(reg("Smïth", "7 Elm Ave"))).isEqualTo(new FamilyKeys.Prefilter(FamilyKeys.ANY_SURNAME, "7"));
        assertThat(keys.prefilterKeys()).contains(new FamilyKeys.Prefilter(FamilyKeys.ANY_SURNAME, "7"))
                .doesNotContain(new FamilyKeys.Prefilter(FamilyKeys.ANY_SURNAME, "8"));
        assertThat(keys.prefilterKey(reg(null, "7 Elm Ave"))).isNull();
    }

    @Test
    void anotherAddressZipOrSurnameIsNotFamilyAndMissingValuesNeverMatch() {
        assertThat(keys.usersSharing(new FamilyKeys.Person(null, "O'Brien", "14 Oak Street Apt 4", "52302"))).isEmpty();
        assertThat(keys.usersSharing(new FamilyKeys.Person(null, "O'Brien", "12 Oak Street Apt 4", "10001"))).isEmpty();
        assertThat(keys.usersSharing(new FamilyKeys.Person(null, "Bryan", "12 Oak Street Apt 4", "52302"))).isEmpty();
        assertThat(keys.usersSharing(new FamilyKeys.Person(null, "Lee", null, "52302"))).isEmpty();
    }

    private static FamilyKeys.Person reg(String lastName, String addressLine) {
        return new FamilyKeys.Person(null, lastName, addressLine, null);
    }
}
