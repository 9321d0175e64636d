package org.steward.stage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.contract.InputContract;
import org.steward.platform.batch.RunScope;
import org.steward.platform.output.ParquetRowFile;
import org.steward.platform.output.TableCounts;
import org.steward.stage.csv.CsvChunker;

/**
 * Rows of one key read by different workers from different chunks: with one record per chunk and three
 * workers, the repeats of a key lie in several workers' files, and only the last row in the file stays.
 */
class RepeatedKeysAcrossChunksTest {

    private static final Path PATIENTS = Path.of("src/test/resources/fixtures/containsRepeatedKeys/patients.csv")
            .toAbsolutePath();

    @TempDir
    Path work;

    @Test
    void repeatsInOtherChunksAndWorkersFilesAreResolvedByLineInTheFile() throws Exception {
        Path staged = work.resolve("staged/patients");
        Path quarantine = work.resolve("quarantine/patients");
        assertThat(CsvChunker.split(PATIENTS, 1).chunks()).as("one record per chunk").hasSize(9);
        TableCounts counts = new TableStager().stage(new TableStager.Request(InputContract.PATIENTS, PATIENTS,
                RunScope.of(Optional.empty()), staged, quarantine, 3, 1, new ParquetRowFile.Format("snappy", 1)));

        assertThat(counts.read()).isEqualTo(9);
        assertThat(counts.written()).isEqualTo(5);
        assertThat(counts.quarantined()).isEqualTo(4);
        assertThat(counts.repeatedKeys()).isEqualTo(3);
        assertThat(strings("SELECT facility_id || '/' || mrn || ' line ' || source_line FROM read_parquet('"
                + staged + "/*.parquet') ORDER BY source_line"))
                .containsExactly("F1/M001 line 4", "F2/M001 line 5", "F1/M002 line 6", "F1/M003 line 8", "F1/M004 line 10");
        assertThat(strings("SELECT line || ' ' || reason FROM read_parquet('" + quarantine + "/*.parquet') "
                + "WHERE reason LIKE 'repeated key%' ORDER BY line")).containsExactly(
                "2 repeated key facility_id, mrn: line 4 has the same key and is kept (the last row in the file wins)",
                "3 repeated key facility_id, mrn: line 6 has the same key and is kept (the last row in the file wins)",
                "7 repeated key facility_id, mrn: line 8 has the same key and is kept (the last row in the file wins)");
        try (Stream<Path> left = Files.list(work.resolve("staged"))) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no spill folder left behind").containsExactly("patients");
        }
    }

    private static List<String> strings(String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duck.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }
}
