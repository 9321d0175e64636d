package org.steward.mpi.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.contract.StagedColumn;
import org.steward.core.contract.StagedColumn.StoredType;
import org.steward.mpi.core.PatientRecord;
import org.steward.platform.output.OutputLayout;
import org.steward.platform.output.ParquetRowFile;

/**
 * The index is read with the extract: registrations staged again unchanged are taken from the extract, the others
 * (edited since, or missing from a delta extract) from the index, and every one keeps its position, id and date.
 */
class MpiIndexReadTest {

    private static final LocalDate DAY_ONE = LocalDate.of(2026, 1, 1);
    private static final LocalDate DAY_TWO = LocalDate.of(2026, 1, 2);

    @TempDir
    Path output;

    @Test
    void unchangedRegistrationsComeFromTheExtractAndTheRestFromTheIndex() throws Exception {
        PatientRecord a = registration("F1", "A", "ANN", LocalDate.of(1950, 1, 2));
        PatientRecord b = registration("F1", "B", "BOB", null);
        PatientRecord c = registration("F2", "C", "CY", LocalDate.of(1960, 3, 4));
        Path index = output.resolve("mpi/index");
        MpiIndex.write(index, List.of(a, b, c), new String[] {"E1", "E2", "E3"},
                new LocalDate[] {DAY_ONE, DAY_ONE, DAY_TWO}, new long[0], null, "settings", 4, DAY_TWO);
        PatientRecord bEdited = registration("F1", "B", "ROBERT", null);
        PatientRecord d = registration("F2", "D", "DI", null);
        OutputLayout layout = new OutputLayout(output);
        stage(layout, List.of(d, bEdited, a)); // c is not in this extract

        StagedPatients.Extract extract = StagedPatients.read(layout, MpiIndex.registrationsFile(index));
        MpiIndex.Stored stored = MpiIndex.read(index, null, "settings", extract.unchanged(),
                StagedPatients.table(layout)).orElseThrow();

        assertThat(extract.records()).containsExactly(a, bEdited, d);
        assertThat(stored.registrations()).containsExactly(a, b, c);
        assertThat(stored.registrations().get(0)).isSameAs(extract.records().get(0));
        assertThat(stored.enterpriseIds()).containsExactly("E1", "E2", "E3");
        assertThat(stored.firstSeen()).containsExactly(DAY_ONE, DAY_ONE, DAY_TWO);
        assertThat(stored.nextSerial()).isEqualTo(4);
    }

    @Test
    void withoutAnIndexTheExtractIsReadAlone() throws Exception {
        OutputLayout layout = new OutputLayout(output);
        PatientRecord a = registration("F1", "A", "ANN", null);
        stage(layout, List.of(a));
        Path index = output.resolve("mpi/index");

        StagedPatients.Extract extract = StagedPatients.read(layout, MpiIndex.registrationsFile(index));

        assertThat(extract.records()).containsExactly(a);
        assertThat(extract.unchanged()).isEmpty();
        assertThat(MpiIndex.read(index, null, "settings", extract.unchanged(), StagedPatients.table(layout))).isEmpty();
    }

    private static PatientRecord registration(String facility, String mrn, String first, LocalDate born) {
        return new PatientRecord(facility, mrn, first, null, "SMITH", null, "F", born, born == null ? "19501302" : null,
                "123456789", "1 MAIN ST", "SALEM", "MA", "01970", null, null);
    }

    private static void stage(OutputLayout layout, List<PatientRecord> records) throws Exception {
        List<StagedColumn> columns = new ArrayList<>();
        for (String c : StagedPatients.COLUMNS) {
            columns.add(new StagedColumn(c, c.equals("birth_date") ? StoredType.DATE : StoredType.STRING));
        }
        try (ParquetRowFile out = ParquetRowFile.create(layout.staged("patients").resolve("part-000.parquet"), columns,
                new ParquetRowFile.Format("snappy", 1))) {
            for (PatientRecord r : records) {
                out.write(new Object[] {r.facilityId(), r.mrn(), r.firstName(), r.middleName(), r.lastName(),
                        r.nameSuffix(), r.sex(), r.birthDate(), r.birthDateRaw(), r.ssn(), r.addressLine(), r.city(),
                        r.state(), r.zip(), r.phone(), r.email()});
            }
        }
    }
}
