package org.steward.mpi.core.io;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Reads a truth.csv (facility_id, mrn, person_id) into registration key -> person id. */
public final class TruthCsvReader {

    private TruthCsvReader() {
    }

    public static Map<String, String> read(Path file) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder()
                .ofNamedCsvRecord(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            for (NamedCsvRecord r : reader) {
                out.put(r.getField("facility_id") + "|" + r.getField("mrn"), r.getField("person_id"));
            }
        }
        return out;
    }
}
