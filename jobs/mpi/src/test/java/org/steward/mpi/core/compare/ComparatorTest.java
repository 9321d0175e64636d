package org.steward.mpi.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.mpi.core.TestPatients.full;
import static org.steward.mpi.core.TestPatients.person;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.mpi.core.StandardPatient;
import org.steward.mpi.core.TestPatients;

class ComparatorTest {

    private final GivenNameComparator first = new GivenNameComparator(List.of(0.92, 0.8), true);
    private final SurnameComparator last = new SurnameComparator(List.of(0.92, 0.8), true);

    private static String level(FieldComparator c, StandardPatient a, StandardPatient b) {
        return c.levels().get(c.level(a, b));
    }

    @Test
    void givenNames() {
        StandardPatient bill = TestPatients.withForms(person(0, "BILL", "SMITH", null, null), List.of("BILL", "WILLIAM"));
        StandardPatient william = person(1, "WILLIAM", "SMITH", null, null);
        assertThat(level(first, bill, william)).isEqualTo("nickname");
        assertThat(level(first, william, william)).isEqualTo("exact");
        assertThat(level(first, person(0, "JENNIFER", "X", null, null), person(1, "JENIFER", "X", null, null)))
                .isEqualTo("jaro_winkler>=0.92");
        assertThat(level(first, person(0, "J", "X", null, null), person(1, "JOHN", "X", null, null)))
                .isEqualTo("initial");
        assertThat(level(first, person(0, "MARY", "X", null, null), person(1, "PETER", "X", null, null)))
                .isEqualTo("different");
        assertThat(level(first, person(0, null, "X", null, null), person(1, "PETER", "X", null, null)))
                .isEqualTo("missing");
    }

    @Test
    void swappedFirstAndLastNames() {
        StandardPatient a = person(0, "JOHN", "SMITH", null, null);
        StandardPatient b = person(1, "SMITH", "JOHN", null, null);
        assertThat(level(first, a, b)).isEqualTo("swapped_with_last");
        assertThat(level(last, a, b)).isEqualTo("swapped_with_first");
    }

    @Test
    void oneNameInTheOtherFieldIsCrossedNotDifferent() {
        // First and last name typed into each other's fields, then the other name lost or replaced.
        StandardPatient a = person(0, "WILLIAM", "PASCOE", null, null);
        StandardPatient b = person(1, "PASCOE", "SAMANTHA", null, null);
        assertThat(level(last, a, b)).isEqualTo("crossed_with_first");
        assertThat(level(last, b, a)).isEqualTo("crossed_with_first");
        assertThat(level(first, a, b)).isEqualTo("different");
        assertThat(level(last, person(0, "MARY", "SMITH", null, null), person(1, "PETER", "JONES", null, null)))
                .isEqualTo("different");
    }

    @Test
    void birthDates() {
        BirthDateComparator c = new BirthDateComparator();
        assertThat(level(c, dob("19550703"), dob("19550703"))).isEqualTo("exact");
        assertThat(level(c, dob("19550703"), dob("19550307"))).isEqualTo("day_month_swapped");
        assertThat(level(c, dob("19550703"), dob("19550708"))).isEqualTo("one_digit");
        assertThat(level(c, dob("19550703"), dob("19557003"))).isEqualTo("transposed_digits");
        assertThat(level(c, dob("19550703"), dob("19551225"))).isEqualTo("same_year");
        assertThat(level(c, dob("19550703"), dob("19601225"))).isEqualTo("different");
        assertThat(level(c, dob(null), dob("19601225"))).isEqualTo("missing");
    }

    @Test
    void ssns() {
        SsnComparator c = new SsnComparator();
        assertThat(level(c, ssn("123456789"), ssn("123456789"))).isEqualTo("exact");
        assertThat(level(c, ssn("123456789"), ssn("123456780"))).isEqualTo("one_keying_error");
        assertThat(level(c, ssn("123456789"), ssn("123457689"))).isEqualTo("one_keying_error");
        assertThat(level(c, ssn("123456789"), ssn("987654321"))).isEqualTo("different");
        assertThat(level(c, ssn(null), ssn("987654321"))).isEqualTo("missing");
    }

    @Test
    void householdFieldsAreOneComparison() {
        HouseholdComparator c = new HouseholdComparator(List.of(0.92, 0.8));
        StandardPatient home = full(0, "A", null, "X", null, null, "1 MAIN ST", "50010", "5155550100");
        assertThat(level(c, home, full(1, "B", null, "X", null, null, "1 MAIN ST", "50010", "5155550100")))
                .isEqualTo("same_address_and_phone");
        assertThat(level(c, home, full(1, "B", null, "X", null, null, "1 MAIN ST", "50010", null)))
                .isEqualTo("same_address");
        assertThat(level(c, home, full(1, "B", null, "X", null, null, "9 ELM RD", "50011", "5155550100")))
                .isEqualTo("same_phone");
        assertThat(level(c, home, full(1, "B", null, "X", null, null, "9 ELM RD", "50010", null)))
                .isEqualTo("same_zip_or_city");
        assertThat(level(c, home, full(1, "B", null, "X", null, null, "9 ELM RD", "60000", "3125550100")))
                .isEqualTo("different");
        assertThat(level(c, home, full(1, "B", null, "X", null, null, null, null, null))).isEqualTo("missing");
        assertThat(HouseholdComparator.sameHousehold(c.level(home, home))).isTrue();
    }

    @Test
    void anAddressLineIsTheSameHomeOnlyInTheSameTown() {
        HouseholdComparator c = new HouseholdComparator(List.of(0.92, 0.8));
        StandardPatient home = inTown("1 MAIN ST", "AMES", "50010");
        assertThat(level(c, home, inTown("1 MAIN ST", "AMES", "50011"))).isEqualTo("same_address");
        assertThat(level(c, home, inTown("1 MAIN ST", "BOONE", "50010"))).isEqualTo("same_address");
        // The same line in another town is another home: its own level, weighed by EM on each data set.
        assertThat(level(c, home, inTown("1 MAIN ST", "DES MOINES", "50309"))).isEqualTo("address_in_other_town");
        assertThat(level(c, home, inTown("1 MAIN STR", "DES MOINES", "50309"))).isEqualTo("address_in_other_town");
        assertThat(HouseholdComparator.sameHousehold(c.level(home, inTown("1 MAIN ST", "DES MOINES", "50309"))))
                .isFalse();
        // With no town to compare on one side, the line alone decides.
        assertThat(level(c, home, inTown("1 MAIN ST", null, null))).isEqualTo("same_address");
        assertThat(level(c, home, inTown("9 ELM RD", "DES MOINES", "50309"))).isEqualTo("different");
    }

    private static StandardPatient inTown(String address, String city, String zip) {
        return new StandardPatient(0, "F1", "M0", "A", List.of("A"), "A", null, "X", "X", null, null, null, null,
                address, city, null, zip, null, null);
    }

    @Test
    void middleNamesAndPlainText() {
        MiddleNameComparator middle = new MiddleNameComparator(List.of(0.92));
        assertThat(level(middle, full(0, "A", "J", "X", null, null, null, null, null),
                full(1, "A", "JAMES", "X", null, null, null, null, null))).isEqualTo("initial");
        TextComparator zip = new TextComparator("zip", List.of(), false);
        assertThat(zip.levels()).containsExactly("missing", "exact", "different");
    }

    private static StandardPatient dob(String digits) {
        return person(0, "A", "B", digits, null);
    }

    private static StandardPatient ssn(String digits) {
        return person(0, "A", "B", null, digits);
    }
}
