package org.steward.mpi.job;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.steward.mpi.core.evaluate.ClusterEvaluation;
import org.steward.mpi.core.evaluate.LinkageMetrics;
import org.steward.platform.settings.ConfigException;

/**
 * Scores a written index (mpi/patient_xref) against a truth file ({@code facility_id,mrn,person_id}):
 * pairwise precision, recall and F1, and B-cubed, over the registrations both hold.
 */
public final class IndexEvaluation {

    /** The metrics, and registrations found on only one side (not scored). */
    public record Outcome(LinkageMetrics metrics, long onlyInIndex, long onlyInTruth) {
    }

    private IndexEvaluation() {
    }

    public static Outcome evaluate(Path output, Path truthFile) throws IOException, SQLException {
        Path xref = output.resolve("mpi/patient_xref");
        if (!Files.isDirectory(xref)) {
            throw new ConfigException(xref + ": no MPI index; run the mpi job first");
        }
        if (!Files.isRegularFile(truthFile)) {
            throw new ConfigException(truthFile + ": truth file not found");
        }
        Map<String, String> person = new HashMap<>();
        try (CsvReader<NamedCsvRecord> truth = CsvReader.builder().ofNamedCsvRecord(truthFile)) {
            for (NamedCsvRecord row : truth) {
                person.put(row.getField("facility_id") + "|" + row.getField("mrn"), row.getField("person_id"));
            }
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            throw new ConfigException(truthFile + ": needs columns facility_id, mrn, person_id (" + e.getMessage() + ")");
        }
        List<String> predicted = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        long onlyInIndex = 0;
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = duck.createStatement();
             ResultSet row = statement.executeQuery("SELECT facility_id || '|' || mrn, enterprise_id FROM read_parquet('"
                     + xref.toString().replace("'", "''") + "/*.parquet')")) {
            while (row.next()) {
                String truePerson = person.remove(row.getString(1));
                if (truePerson == null) {
                    onlyInIndex++;
                    continue;
                }
                predicted.add(row.getString(2));
                actual.add(truePerson);
            }
        }
        LinkageMetrics metrics = ClusterEvaluation.evaluate(predicted.toArray(String[]::new), actual.toArray(String[]::new));
        return new Outcome(metrics, onlyInIndex, person.size());
    }
}
