package org.steward.mpi.core.io;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.steward.mpi.core.PatientRecord;

/**
 * Reads a patients.csv in the input contract's columns into records, the way stage types them:
 * trimmed, empty as null, a birth date that is not a calendar date kept as raw text.
 */
public final class PatientCsvReader {

    private PatientCsvReader() {
    }

    public static List<PatientRecord> read(Path file) throws IOException {
        List<PatientRecord> out = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder()
                .ofNamedCsvRecord(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            for (NamedCsvRecord r : reader) {
                String dob = value(r, "birth_date");
                LocalDate date = null;
                String raw = null;
                if (dob != null) {
                    try {
                        date = LocalDate.parse(dob);
                    } catch (DateTimeParseException e) {
                        raw = dob;
                    }
                }
                out.add(new PatientRecord(value(r, "facility_id"), value(r, "mrn"), value(r, "first_name"),
                        value(r, "middle_name"), value(r, "last_name"), value(r, "name_suffix"), value(r, "sex"),
                        date, raw, value(r, "ssn"), value(r, "address_line"), value(r, "city"), value(r, "state"),
                        value(r, "zip"), value(r, "phone"), value(r, "email")));
            }
        }
        return out;
    }

    private static String value(NamedCsvRecord r, String column) {
        String v = r.findField(column).orElse("").trim();
        return v.isEmpty() ? null : v;
    }
}
