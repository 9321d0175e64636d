package org.steward.mpi.core;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.steward.mpi.core.harness.MpiConfig;
import org.steward.mpi.core.io.PatientCsvReader;

/**
 * The bundled sample matched once with config/mpi.yml (weights estimated from it), shared by the tests
 * that need a realistic model rather than hand-made weights.
 */
public final class SampleModel {

    public static final Path SAMPLE = Path.of("../../sample-data/sample");
    public static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    private static MatchResult result;

    private SampleModel() {
    }

    public static MatchPipeline pipeline() {
        MpiConfig config = MpiConfig.load();
        return new MatchPipeline(config.settings(), config.tables());
    }

    public static synchronized MatchResult result() {
        if (result == null) {
            try {
                List<PatientRecord> records = PatientCsvReader.read(SAMPLE.resolve("patients.csv"));
                records.sort(PatientRecord.ORDER);
                result = pipeline().run(records, AS_OF);
            } catch (Exception e) {
                throw new IllegalStateException("cannot match the sample", e);
            }
        }
        return result;
    }
}
