package org.steward.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldParserTest {

    @Test
    void amountsBecomeExactCents() throws Exception {
        assertThat(FieldParser.cents("12.5")).isEqualTo(1250L);
        assertThat(FieldParser.cents("-0.07")).isEqualTo(-7L);
        assertThat(FieldParser.cents("+1000")).isEqualTo(100000L);
        assertThat(FieldParser.cents("0.1")).isEqualTo(10L);
    }

    @Test
    void amountsThatAreNotNumbersAreRejectedWithoutEchoingTheValue() {
        for (String bad : List.of("N/A", "12,30", "1.234", "12.", ".5", "-", "1e5", "12 3")) {
            assertThatThrownBy(() -> FieldParser.cents(bad)).as(bad)
                    .isInstanceOf(InvalidFieldException.class)
                    .hasMessageNotContaining(bad);
        }
    }

    @Test
    void datesMustBeRealCalendarDates() throws Exception {
        ColumnSpec date = ColumnSpec.of("admit_date", FieldKind.DATE);
        assertThat(FieldParser.parse(date, " 2024-02-29 ")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(FieldParser.parse(date, "")).isNull();
        for (String bad : List.of("2023-02-29", "2025-13-01", "03/15/2025", "20250315", "2025-3-15")) {
            assertThatThrownBy(() -> FieldParser.parse(date, bad)).as(bad).isInstanceOf(InvalidFieldException.class);
        }
    }

    @Test
    void dateTimesBecomeOneCanonicalTextThatSortsAsTimeDoes() throws Exception {
        ColumnSpec time = ColumnSpec.of("event_time", FieldKind.DATE_TIME);
        assertThat(FieldParser.parse(time, " 2025-03-07T09:05:01 ")).isEqualTo("2025-03-07T09:05:01");
        assertThat(FieldParser.parse(time, "2025-03-07 09:05")).isEqualTo("2025-03-07T09:05:00");
        assertThat(FieldParser.parse(time, "2025-03-07T09:05:01.250")).isEqualTo("2025-03-07T09:05:01.250");
        // The wall-clock time as written: a zone suffix does not move the event to another day.
        assertThat(FieldParser.parse(time, "2025-03-07T23:30:00Z")).isEqualTo("2025-03-07T23:30:00");
        assertThat(FieldParser.parse(time, "2025-03-07T23:30:00-05:00")).isEqualTo("2025-03-07T23:30:00");
        assertThat(FieldParser.parse(time, "")).isNull();
        assertThat(FieldParser.dateOf("2025-03-07T23:30:00")).isEqualTo(LocalDate.of(2025, 3, 7));
        for (String bad : List.of("2025-03-07", "2025-02-30T10:00:00", "2025-03-07T24:00:00", "2025-03-07T10:61",
                "03/07/2025 10:00", "2025-03-07T10:00:00.", "2025-03-07T10:00.5", "2025-03-07X10:00:00")) {
            assertThatThrownBy(() -> FieldParser.parse(time, bad)).as(bad).isInstanceOf(InvalidFieldException.class);
        }
    }

    @Test
    void icdCodesLoseTheDotAndCaseSoBothSpellingsAreOneCode() throws Exception {
        ColumnSpec list = ColumnSpec.of("secondary_dx", FieldKind.ICD_CODE_LIST);
        assertThat(FieldParser.parse(list, "i50.21| E11.9 ||n17.9")).isEqualTo(List.of("I5021", "E119", "N179"));
        assertThat(FieldParser.parse(ColumnSpec.of("principal_dx", FieldKind.ICD_CODE), "I50.21"))
                .isEqualTo(FieldParser.parse(ColumnSpec.of("principal_dx", FieldKind.ICD_CODE), "I5021"));
    }

    @Test
    void drgsArePaddedToThreeDigits() throws Exception {
        ColumnSpec drg = ColumnSpec.of("ms_drg", FieldKind.DRG);
        assertThat(FieldParser.parse(drg, "65")).isEqualTo("065");
        assertThat(FieldParser.parse(drg, "291")).isEqualTo("291");
        assertThatThrownBy(() -> FieldParser.parse(drg, "29A")).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> FieldParser.parse(drg, "1234")).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void sexAndChoicesAreCanonical() throws Exception {
        ColumnSpec sex = ColumnSpec.of("sex", FieldKind.SEX);
        assertThat(FieldParser.parse(sex, "female")).isEqualTo("F");
        assertThat(FieldParser.parse(sex, "m")).isEqualTo("M");
        assertThatThrownBy(() -> FieldParser.parse(sex, "X")).isInstanceOf(InvalidFieldException.class);
        ColumnSpec outcome = ColumnSpec.choice("outcome", "agreed", "pending");
        assertThat(FieldParser.parse(outcome, "Agreed")).isEqualTo("agreed");
        assertThatThrownBy(() -> FieldParser.parse(outcome, "maybe")).hasMessage("not one of agreed, pending");
    }

    @Test
    void keysMustBePresent() {
        assertThatThrownBy(() -> FieldParser.parse(ColumnSpec.of("claim_id", FieldKind.KEY), "  "))
                .hasMessageContaining("missing claim_id");
    }

    @Test
    void aKeyPartHoldsNoBarSoJoinedKeysCannotCollide() {
        // F1|A + B and F1 + A|B would both be the registration "F1|A|B" once the parts are joined.
        assertThatThrownBy(() -> FieldParser.parse(ColumnSpec.of("mrn", FieldKind.KEY), "A|B"))
                .isInstanceOf(InvalidFieldException.class).hasMessage("mrn contains '|', which joins the parts of a key");
    }
}
