package org.steward.mpi.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.mpi.core.PatientRecord;
import org.steward.mpi.core.RegistrationDelta;
import org.steward.mpi.core.SampleModel;
import org.steward.mpi.core.StandardPatient;
import org.steward.mpi.core.cluster.StewardDecision;
import org.steward.mpi.core.golden.GoldenMember;
import org.steward.mpi.core.golden.GoldenPatient;

/**
 * Records that hold a patient's identifiers print none of them: a record reaching a log line, an exception
 * message or a test failure report must not put a name, MRN, SSN, birth date or contact detail there.
 */
class IdentifiersStayOutOfToStringTest {

    private static final LocalDate BORN = LocalDate.of(1961, 11, 23);
    private static final PatientRecord RECORD = new PatientRecord("F7", "MRN4471902", "Philippa", "Rosalind",
            "Quarterman", "Jr", "F", BORN, "1961-11-23", "287-65-4390", "4417 Wisteria Lane", "Fairview", "OH", "44123",
            "216-555-0187", "pq@example.org");
    /** Each value in its raw and standardised forms (long enough not to turn up in an array's hash code). */
    private static final List<String> IDENTIFIERS = List.of("MRN4471902", "4471902", "Philippa", "Rosalind",
            "Quarterman", "1961-11-23", "19611123", "287-65-4390", "287654390", "Wisteria", "216-555-0187", "2165550187",
            "pq@example", "Fairview", "44123");

    @Test
    void aRegistrationPrintsItsFacilityAndWhichFieldsAreFilledButNoValue() {
        assertThat(RECORD.toString()).contains("F7", "last_name", "ssn", "birth_date");
        assertNoIdentifier(RECORD);
    }

    @Test
    void aStandardisedRegistrationPrintsNoValue() {
        StandardPatient standard = SampleModel.pipeline().standardise(List.of(RECORD), SampleModel.AS_OF).get(0);
        assertThat(standard.ssn()).isEqualTo("287654390");
        assertNoIdentifier(standard);
    }

    @Test
    void recordsHoldingRegistrationsPrintNoValue() {
        GoldenPatient golden = new GoldenPatient("E0000000042", "Philippa", "Rosalind", "Quarterman", "Jr", "F", BORN,
                "287-65-4390", "4417 Wisteria Lane", "Fairview", "OH", "44123", "216-555-0187", "pq@example.org", 2, 1,
                LocalDate.of(2025, 6, 30));
        assertThat(golden.toString()).contains("E0000000042");
        assertNoIdentifier(golden);
        GoldenMember member = new GoldenMember(RECORD, LocalDate.of(2025, 6, 30));
        assertNoIdentifier(member);
        assertThat(member.toString()).doesNotContain("2025", "06-30");
        assertNoIdentifier(RegistrationDelta.of(List.of(), List.of(RECORD)));
        DecisionsFile.Ruling ruling = new DecisionsFile.Ruling(StewardDecision.Kind.SEPARATE, RECORD.key(), "F7|MRN0000001",
                "decisions.csv:2");
        assertThat(ruling.toString()).contains("decisions.csv:2");
        assertNoIdentifier(ruling);
        assertThat(ruling.toString()).doesNotContain("MRN0000001");
    }

    private static void assertNoIdentifier(Object record) {
        String printed = record.toString();
        for (String identifier : IDENTIFIERS) {
            assertThat(printed).as(record.getClass().getSimpleName()).doesNotContainIgnoringCase(identifier);
        }
    }
}
