package org.steward.mpi.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.steward.core.contract.StagedColumn;
import org.steward.core.contract.StagedColumn.StoredType;
import org.steward.mpi.core.PatientRecord;
import org.steward.mpi.core.blocking.CandidatePairs;
import org.steward.mpi.core.compare.ComparisonSchema;
import org.steward.mpi.core.weights.MatchWeights;
import org.steward.platform.output.ParquetRowFile;
import org.steward.platform.settings.ConfigException;

/**
 * What one run leaves for the next, in {@code mpi/index/}: every indexed registration with its
 * enterprise id and the date it was first seen ({@code registrations.parquet}), the pairs scored at
 * or above the review threshold ({@code pairs.parquet}, by position), the model the scores came from
 * with the fingerprint of the settings it was estimated under ({@code model.json} and
 * {@code term_frequencies.parquet}, see {@link ModelFile}; none while the index is empty) and the run's
 * bookkeeping ({@code state.properties}: next id serial, the run date).
 *
 * <p>A model that cannot be used (missing, damaged, from other settings or another Steward version's
 * comparisons) leaves {@code model} null with the reason, and the run rebuilds.
 */
final class MpiIndex {

    static final String KIND = "index";
    private static final String STATE = "state.properties";
    private static final ParquetRowFile.Format FORMAT = new ParquetRowFile.Format("snappy", 64);

    /**
     * A previous run's index; {@code model} is null when there is none to reuse ({@code modelProblem} says
     * why: an empty index, other settings, or a model file that cannot be used).
     */
    record Stored(List<PatientRecord> registrations, String[] enterpriseIds, LocalDate[] firstSeen, long[] scoredPairs,
                  MatchWeights model, String modelProblem, long nextSerial, LocalDate asOf) {
    }

    private MpiIndex() {
    }

    /** The run date of the index in {@code folder}, read from its state file alone; empty when there is none. */
    static Optional<LocalDate> asOf(Path folder) {
        Path state = folder.resolve(STATE);
        if (!Files.exists(state)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(state)) {
            p.load(in);
            return Optional.of(LocalDate.parse(p.getProperty("as_of")));
        } catch (IOException | RuntimeException e) {
            throw new ConfigException(state + ": the MPI index's state cannot be read (" + e.getMessage()
                    + "); run mpi with --full to rebuild the index");
        }
    }

    /**
     * Refuses a run dated before the index it would update: events and metrics are history by run date, and
     * ids issued on a later day cannot be taken back.
     */
    static void requireNotBefore(Path folder, LocalDate indexAsOf, LocalDate asOf) {
        if (indexAsOf.isAfter(asOf)) {
            throw new ConfigException(folder.resolve(STATE) + ": the index is as of " + indexAsOf + "; a run as of "
                    + asOf + " would rewrite its history (give --as-of " + indexAsOf + " or later)");
        }
    }

    /**
     * @param schema      the comparisons configured now, which a stored model must have been estimated for
     * @param fingerprint the current settings' fingerprint
     */
    static Optional<Stored> read(Path folder, ComparisonSchema schema, String fingerprint) throws IOException, SQLException {
        Path state = folder.resolve(STATE);
        if (!Files.exists(state)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(state)) {
            p.load(in);
        }
        List<PatientRecord> registrations = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<LocalDate> firstSeen = new ArrayList<>();
        long[] pairs;
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
            try (ResultSet row = sql.executeQuery("SELECT " + String.join(", ", StagedPatients.COLUMNS)
                    + ", enterprise_id, first_seen FROM read_parquet('" + quoted(folder.resolve("registrations.parquet"))
                    + "') ORDER BY position")) {
                while (row.next()) {
                    registrations.add(StagedPatients.record(row));
                    ids.add(row.getString(StagedPatients.COLUMNS.size() + 1));
                    firstSeen.add(row.getObject(StagedPatients.COLUMNS.size() + 2, LocalDate.class));
                }
            }
            List<Long> packed = new ArrayList<>();
            try (ResultSet row = sql.executeQuery("SELECT a, b FROM read_parquet('"
                    + quoted(folder.resolve("pairs.parquet")) + "') ORDER BY a, b")) {
                while (row.next()) {
                    packed.add(CandidatePairs.pack((int) row.getLong(1), (int) row.getLong(2)));
                }
            }
            pairs = packed.stream().mapToLong(Long::longValue).toArray();
        }
        ModelFile.Loaded model = ModelFile.read(folder, schema, fingerprint, registrations.size());
        return Optional.of(new Stored(registrations, ids.toArray(String[]::new), firstSeen.toArray(LocalDate[]::new),
                pairs, model.weights(), model.problem(), Long.parseLong(p.getProperty("next_serial")),
                LocalDate.parse(p.getProperty("as_of"))));
    }

    static void write(Path folder, List<PatientRecord> registrations, String[] enterpriseIds, LocalDate[] firstSeen,
                      long[] scoredPairs, MatchWeights model, String settingsFingerprint, long nextSerial,
                      LocalDate asOf) throws IOException {
        Files.createDirectories(folder);
        List<StagedColumn> columns = new ArrayList<>();
        columns.add(new StagedColumn("position", StoredType.LONG));
        for (String c : StagedPatients.COLUMNS) {
            columns.add(new StagedColumn(c, c.equals("birth_date") ? StoredType.DATE : StoredType.STRING));
        }
        columns.add(new StagedColumn("enterprise_id", StoredType.STRING));
        columns.add(new StagedColumn("first_seen", StoredType.DATE));
        try (ParquetRowFile out = ParquetRowFile.create(folder.resolve("registrations.parquet"), columns, FORMAT)) {
            for (int i = 0; i < registrations.size(); i++) {
                PatientRecord r = registrations.get(i);
                out.write(new Object[] {(long) i, r.facilityId(), r.mrn(), r.firstName(), r.middleName(), r.lastName(),
                        r.nameSuffix(), r.sex(), r.birthDate(), r.birthDateRaw(), r.ssn(), r.addressLine(), r.city(),
                        r.state(), r.zip(), r.phone(), r.email(), enterpriseIds[i], firstSeen[i]});
            }
        }
        try (ParquetRowFile out = ParquetRowFile.create(folder.resolve("pairs.parquet"),
                List.of(new StagedColumn("a", StoredType.LONG), new StagedColumn("b", StoredType.LONG)), FORMAT)) {
            for (long pair : scoredPairs) {
                out.write(new Object[] {(long) CandidatePairs.left(pair), (long) CandidatePairs.right(pair)});
            }
        }
        if (model != null) {
            ModelFile.write(folder, model, settingsFingerprint);
        }
        Properties p = new Properties();
        p.setProperty("next_serial", Long.toString(nextSerial));
        p.setProperty("as_of", asOf.toString());
        try (OutputStream out = Files.newOutputStream(folder.resolve(STATE))) {
            p.store(out, "Steward MPI index state: read by the next mpi run");
        }
    }

    private static String quoted(Path file) {
        return file.toString().replace("'", "''");
    }
}
