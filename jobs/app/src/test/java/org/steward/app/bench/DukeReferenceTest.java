package org.steward.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DukeReferenceTest {

    private static final String HEADER = "facility_id,mrn,first_name,middle_name,last_name,name_suffix,sex,birth_date,"
            + "ssn,address_line,city,state,zip,phone,email";

    @TempDir
    Path dir;

    @Test
    void linksOneFacilitysRegistrationToAnothersWithATypoAndNobodyElse() throws Exception {
        // given: one made-up person registered at F1 and at F2 (first name misspelt, middle name an
        // initial, SSN, address and phone written differently) and three clearly different people; quoted
        // fields with commas and doubled quotes; a UTF-8 byte-order mark.
        Path csv = dir.resolve("patients-withOneCrossFacilityDuplicate.csv");
        Files.writeString(csv, "\uFEFF" + String.join("\n",
                HEADER,
                "F1,1001,Margaret,Ann,Thornbury,,F,1961-03-14,123-45-6789,\"12 Elm St, Apt 4\",Springfield,IL,62701,"
                        + "217-555-0142,",
                "F2,77,Margret,A,Thornbury,,F,1961-03-14,123456789,12 Elm Street Apt 4,Springfield,IL,62701,"
                        + "(217) 555-0142,",
                "F3,5,Thomas,,Whitaker,Jr,M,1934-08-09,,88 Lake Dr,Peoria,IL,61602,309-555-0177,",
                "F1,1002,Oliver,,Quist,,M,1985-11-02,987-65-4321,\"400 Harbor Rd, Unit \"\"B\"\"\",Portland,OR,97201,"
                        + "503-555-0199,oq@example.org",
                "F2,78,Priya,,Raman,,F,1992-06-30,,55 Birch Ave,Austin,TX,73301,,") + "\n", StandardCharsets.UTF_8);

        // when
        DukeReference.Result result = DukeReference.link(csv);

        // then
        assertThat(result.records()).isEqualTo(5);
        assertThat(result.linkedPairs()).containsExactly(new String[] {"F1|1001", "F2|77"});
        assertThat(result.millis()).isNotNegative();
    }

    @Test
    void linksNothingInAFileOfStrangers() throws Exception {
        Path csv = dir.resolve("patients-allDifferent.csv");
        Files.write(csv, List.of(HEADER,
                "F1,1,Ada,,Lovelace,,F,1915-12-10,111-22-3333,1 Byron Way,London,KY,40741,606-555-0100,",
                "F1,2,Alan,,Turing,,M,1912-06-23,444-55-6666,2 Bletchley Rd,Wilmslow,KY,40742,606-555-0101,"),
                StandardCharsets.UTF_8);

        DukeReference.Result result = DukeReference.link(csv);

        assertThat(result.records()).isEqualTo(2);
        assertThat(result.linkedPairs()).isEmpty();
    }

    @Test
    void aMissingFileIsAnIoError() {
        assertThatThrownBy(() -> DukeReference.link(dir.resolve("nope.csv"))).isInstanceOf(NoSuchFileException.class);
    }
}
