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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
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

    /** The index's registrations file, when there is an index in {@code folder}. */
    static Optional<Path> registrationsFile(Path folder) {
        return Files.exists(folder.resolve(STATE)) ? Optional.of(folder.resolve("registrations.parquet"))
                : Optional.empty();
    }

    /** A registrations file as a DuckDB table expression. */
    static String table(Path registrations) {
        return "read_parquet('" + quoted(registrations) + "')";
    }

    /** The join condition "indexed registration {@code i} is staged registration {@code s}, every value the same". */
    static String sameRegistration(String i, String s) {
        return sameKey(i, s) + " AND " + sameValues(i, s);
    }

    /** "{@code i} and {@code s} are one registration": the same facility and MRN. */
    static String sameKey(String i, String s) {
        return i + ".facility_id = " + s + ".facility_id AND " + i + ".mrn = " + s + ".mrn";
    }

    /** "{@code i} and {@code s} hold the same values" in every column but the key. */
    static String sameValues(String i, String s) {
        return StagedPatients.COLUMNS.stream().filter(c -> !c.equals("facility_id") && !c.equals("mrn"))
                .map(c -> i + "." + c + " IS NOT DISTINCT FROM " + s + "." + c).collect(Collectors.joining(" AND "));
    }

    /**
     * The indexed registrations that the extract stages again with every value the same, by index position: the
     * staged record (the same values, so the same registration), its enterprise id and first-seen date. Found while
     * the extract is read ({@link StagedPatients#read}); {@link #read} reads only the others.
     */
    static final class Unchanged {
        private final PatientRecord[] registrations;
        private final String[] enterpriseIds;
        private final LocalDate[] firstSeen;
        private int found;

        private Unchanged(int size) {
            registrations = new PatientRecord[size];
            enterpriseIds = new String[size];
            firstSeen = new LocalDate[size];
        }

        static Unchanged sized(int registrations) {
            return new Unchanged(registrations);
        }

        void add(int position, PatientRecord registration, String enterpriseId, LocalDate seen) {
            if (registrations[position] == null) {
                found++;
            }
            registrations[position] = registration;
            enterpriseIds[position] = enterpriseId;
            firstSeen[position] = seen;
        }
    }

    /**
     * @param schema      the comparisons configured now, which a stored model must have been estimated for
     * @param fingerprint the current settings' fingerprint
     * @param unchanged   the indexed registrations found staged again unchanged (read with the extract)
     * @param extractTable the staged registrations as a DuckDB table expression
     */
    static Optional<Stored> read(Path folder, ComparisonSchema schema, String fingerprint,
                                 Optional<Unchanged> unchanged, String extractTable) throws IOException, SQLException {
        Path state = folder.resolve(STATE);
        if (!Files.exists(state) || unchanged.isEmpty()) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(state)) {
            p.load(in);
        }
        Unchanged indexed = unchanged.get();
        long[] pairs;
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
            String registrations = table(folder.resolve("registrations.parquet"));
            if (indexed.found < indexed.registrations.length) {
                // The rest: edited since the last run, or not in this extract (a delta extract), read in full.
                try (ResultSet row = sql.executeQuery("SELECT " + StagedPatients.selectList("i") + ", i.position, "
                        + "i.enterprise_id, " + StagedPatients.days("i.first_seen") + " FROM " + registrations
                        + " i ANTI JOIN " + extractTable + " s ON " + sameRegistration("i", "s"))) {
                    int columns = StagedPatients.COLUMNS.size();
                    StagedPatients.CommonValues common = new StagedPatients.CommonValues();
                    while (row.next()) {
                        indexed.add((int) row.getLong(columns + 1), StagedPatients.record(row, common),
                                row.getString(columns + 2), common.date(row, columns + 3));
                    }
                }
            }
            if (indexed.found != indexed.registrations.length) {
                throw new IllegalStateException(folder.resolve("registrations.parquet") + ": positions are not 0 to "
                        + (indexed.registrations.length - 1) + "; run mpi with --full to rebuild the index");
            }
            pairs = scoredPairs(sql, folder.resolve("pairs.parquet"));
        }
        ModelFile.Loaded model = ModelFile.read(folder, schema, fingerprint, indexed.registrations.length);
        return Optional.of(new Stored(Arrays.asList(indexed.registrations), indexed.enterpriseIds, indexed.firstSeen,
                pairs, model.weights(), model.problem(), Long.parseLong(p.getProperty("next_serial")),
                LocalDate.parse(p.getProperty("as_of"))));
    }

    private static long[] scoredPairs(Statement sql, Path file) throws SQLException {
        long[] packed = new long[1024];
        int n = 0;
        try (ResultSet row = sql.executeQuery("SELECT a, b FROM read_parquet('" + quoted(file) + "') ORDER BY a, b")) {
            while (row.next()) {
                if (n == packed.length) {
                    packed = Arrays.copyOf(packed, n * 2);
                }
                packed[n++] = CandidatePairs.pack((int) row.getLong(1), (int) row.getLong(2));
            }
        }
        return Arrays.copyOf(packed, n);
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
