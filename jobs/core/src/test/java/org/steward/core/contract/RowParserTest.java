package org.steward.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.period.Period;

class RowParserTest {

    private static final List<String> CLAIMS_HEADER =
            List.of("claim_id", "facility_id", "encounter_id", "payer_id", "payer_name", "submitted_date",
                    "billed_amount", "note");

    private static List<String> claim(String date, String amount) {
        return List.of("C1", "F1", "E1", "mcr", "Medicare", date, amount, "free text");
    }

    @Test
    void findsColumnsByNameInAnyOrderAndSetsExtraColumnsAside() throws Exception {
        RowParser parser = RowParser.forHeader(InputContract.CLAIMS, "claims.csv", CLAIMS_HEADER);
        assertThat(parser.extraColumns()).containsExactly("note");
        ParsedRow row = parser.parse(claim("2025-03-04", "100.10"), 7);
        assertThat(row).isInstanceOf(ParsedRow.Accepted.class);
        ParsedRow.Accepted accepted = (ParsedRow.Accepted) row;
        List<String> names = StagedColumn.of(InputContract.CLAIMS).stream().map(StagedColumn::name).toList();
        assertThat(accepted.values()[names.indexOf("claim_id")]).isEqualTo("C1");
        assertThat(accepted.values()[names.indexOf("payer_id")]).isEqualTo("MCR");
        assertThat(accepted.values()[names.indexOf("billed_amount")]).isEqualTo(10010L);
        assertThat(accepted.values()[names.indexOf("source_line")]).isEqualTo(7L);
        assertThat(accepted.period()).contains(Period.parse("2025-03"));
    }

    @Test
    void headerWithoutRequiredColumnsNamesFileAndColumns() {
        assertThatThrownBy(() -> RowParser.forHeader(InputContract.CLAIMS, "claims.csv",
                List.of("\uFEFFclaim_id", "facility_id", "encounter_id")))
                .isInstanceOf(MissingColumnsException.class)
                .hasMessage("claims.csv: missing required columns payer_id, payer_name, submitted_date, billed_amount");
    }

    @Test
    void headerNamingAColumnTwiceNamesFileColumnAndPositionsEvenWhenCaseOrSpacesDiffer() {
        List<String> header = new ArrayList<>(InputContract.PATIENTS.columnNames());
        header.add(" Email ");
        assertThatThrownBy(() -> RowParser.forHeader(InputContract.PATIENTS, "patients.csv", header))
                .isInstanceOf(RepeatedColumnsException.class)
                .hasMessage("patients.csv: the header names a column more than once: email (columns 15, 16); "
                        + "keep one column of each name");
        // Extra columns count too; unnamed ones (trailing commas) are never read and do not.
        assertThatThrownBy(() -> RowParser.forHeader(InputContract.CLAIMS, "claims.csv",
                List.of("claim_id", "facility_id", "encounter_id", "payer_id", "payer_name", "submitted_date",
                        "billed_amount", "note", "NOTE")))
                .isInstanceOf(RepeatedColumnsException.class).hasMessageContaining("note (columns 8, 9)");
        assertThat(catchThrowable(() -> RowParser.forHeader(InputContract.CLAIMS, "claims.csv",
                List.of("claim_id", "facility_id", "encounter_id", "payer_id", "payer_name", "submitted_date",
                        "billed_amount", "", "")))).isNull();
    }

    @Test
    void rejectsEachContractViolationWithFieldAndReason() throws Exception {
        RowParser parser = RowParser.forHeader(InputContract.CLAIMS, "claims.csv", CLAIMS_HEADER);
        assertThat(parser.parse(claim("2025-02-30", "1.00"), 2))
                .isEqualTo(new ParsedRow.Rejected("submitted_date", "not a calendar date in YYYY-MM-DD form"));
        assertThat(parser.parse(claim("2025-02-03", "N/A"), 2))
                .extracting(r -> ((ParsedRow.Rejected) r).field()).isEqualTo("billed_amount");
        assertThat(parser.parse(List.of("C1", "F1"), 2))
                .isEqualTo(new ParsedRow.Rejected("", "expected 8 fields as in the header, found 2"));
        assertThat(parser.parse(List.of("C1", "F1", "E1", "MCR", "M\uFFFDdicare", "2025-02-03", "1", ""), 2))
                .isEqualTo(new ParsedRow.Rejected("payer_name", "invalid UTF-8 byte sequence"));
        assertThat(parser.parse(List.of(" ", "F1", "E1", "MCR", "x", "2025-02-03", "1", ""), 2))
                .extracting(r -> ((ParsedRow.Rejected) r).field()).isEqualTo("claim_id");
        assertThat(parser.parse(claim("", "1.00"), 2))
                .extracting(r -> ((ParsedRow.Rejected) r).reason()).asString().contains("period cannot be decided");
    }

    @Test
    void encountersStillInHouseFallInTheirAdmissionMonth() throws Exception {
        RowParser parser = RowParser.forHeader(InputContract.ENCOUNTERS, "encounters.csv",
                InputContract.ENCOUNTERS.columnNames());
        List<String> fields = new ArrayList<>(List.of("F1", "E1", "M1", "inpatient", "2025-01-30", "", "", "MCR",
                "1234567893", "291", "I50.21", "E11.9|N17.9", "", "1000.00"));
        ParsedRow.Accepted inHouse = (ParsedRow.Accepted) parser.parse(fields, 2);
        assertThat(inHouse.period()).contains(Period.parse("2025-01"));
        fields.set(5, "2025-02-02");
        ParsedRow.Accepted discharged = (ParsedRow.Accepted) parser.parse(fields, 2);
        assertThat(discharged.period()).contains(Period.parse("2025-02"));
        assertThat(discharged.values()[InputContract.ENCOUNTERS.indexOf("secondary_dx")]).isEqualTo(List.of("E119", "N179"));
        assertThat(discharged.values()[InputContract.ENCOUNTERS.indexOf("procedures")]).isNull();
    }

    @Test
    void aMistypedBirthDateKeepsTheRegistrationWithItsRawText() throws Exception {
        RowParser parser = RowParser.forHeader(InputContract.PATIENTS, "patients.csv", InputContract.PATIENTS.columnNames());
        List<String> fields = new ArrayList<>(List.of("F1", "M1", "Ann", "", "Lee", "", "F", "1971-02-30", "", "", "",
                "ca", "", "", ""));
        ParsedRow.Accepted kept = (ParsedRow.Accepted) parser.parse(fields, 5);
        List<String> names = StagedColumn.of(InputContract.PATIENTS).stream().map(StagedColumn::name).toList();
        assertThat(kept.values()[names.indexOf("birth_date")]).isNull();
        assertThat(kept.values()[names.indexOf("birth_date_raw")]).isEqualTo("1971-02-30");
        assertThat(kept.values()[names.indexOf("state")]).isEqualTo("CA");
        assertThat(kept.period()).isEmpty();
        fields.set(7, "1971-02-03");
        ParsedRow.Accepted valid = (ParsedRow.Accepted) parser.parse(fields, 6);
        assertThat(valid.values()[names.indexOf("birth_date")]).isEqualTo(LocalDate.of(1971, 2, 3));
        assertThat(valid.values()[names.indexOf("birth_date_raw")]).isNull();
    }
}
