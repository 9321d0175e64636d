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
        assertThat(keys.userAddressDigits()).containsExactly("124", "7");
        assertThat(FamilyKeys.addressDigits("12 Oak St Apt 4")).isEqualTo("124");
        assertThat(FamilyKeys.addressDigits("Oak Street")).isEmpty();
    }

    @Test
    void anotherAddressZipOrSurnameIsNotFamilyAndMissingValuesNeverMatch() {
        assertThat(keys.usersSharing(new FamilyKeys.Person(null, "O'Brien", "14 Oak Street Apt 4", "52302"))).isEmpty();
        assertThat(keys.usersSharing(new FamilyKeys.Person(null, "O'Brien", "12 Oak Street Apt 4", "10001"))).isEmpty();
        assertThat(keys.usersSharing(new FamilyKeys.Person(null, "Bryan", "12 Oak Street Apt 4", "52302"))).isEmpty();
        assertThat(keys.usersSharing(new FamilyKeys.Person(null, "Lee", null, "52302"))).isEmpty();
    }
}
