package org.steward.mpi.job;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.steward.mpi.core.PatientRecord;
import org.steward.platform.concurrent.SideBySide;
import org.steward.platform.output.OutputLayout;
import org.steward.platform.output.ParquetFolder;
import org.steward.platform.settings.ConfigException;

/** The staged registrations, in {@link PatientRecord#ORDER} so a run is repeatable, and their latest activity. */
final class StagedPatients {

    /** The staged patients' columns a registration is made of, in the order {@link #record} reads them. */
    static final List<String> COLUMNS = List.of("facility_id", "mrn", "first_name", "middle_name", "last_name",
            "name_suffix", "sex", "birth_date", "birth_date_raw", "ssn", "address_line", "city", "state", "zip",
            "phone", "email");

    private StagedPatients() {
    }

    /**
     * The staged registrations and, when there is an index, which of its registrations they stage again unchanged.
     *
     * @param unchanged the index's registrations to look for among the staged ones (by an exact match on every
     *                  column, in the same read), or empty when there is no index
     */
    record Extract(List<PatientRecord> records, Optional<MpiIndex.Unchanged> unchanged) {
    }

    /** @param index the index's registrations file, when there is an index */
    static Extract read(OutputLayout output, Optional<Path> index) throws Exception {
        Path folder = output.staged("patients");
        if (!ParquetFolder.hasFiles(folder, false)) {
            throw new ConfigException(folder + ": no staged patients; run the stage job first");
        }
        String query = "SELECT " + selectList("s") + " FROM " + table(output) + " s";
        Optional<MpiIndex.Unchanged> unchanged = Optional.empty();
        if (index.isPresent()) {
            // Most indexed registrations come again as they were: joined here, they need not be read twice.
            String registrations = MpiIndex.table(index.get());
            unchanged = Optional.of(MpiIndex.Unchanged.sized(count(registrations)));
            // Joined on the key alone and compared after: quicker in DuckDB than a join on every column.
            String same = "CASE WHEN " + MpiIndex.sameValues("i", "s") + " THEN ";
            query = "SELECT " + selectList("s") + ", " + same + "i.position END, " + same + "i.enterprise_id END, "
                    + same + days("i.first_seen") + " END FROM " + table(output) + " s LEFT JOIN " + registrations
                    + " i ON " + MpiIndex.sameKey("i", "s");
        }
        // Handing a row's values from DuckDB to Java is most of the read and runs in the reading thread: one share of
        // the registrations per core, each read on its own connection.
        int shares = Runtime.getRuntime().availableProcessors();
        CommonValues common = new CommonValues();
        List<Share> read = new ArrayList<>();
        List<SideBySide.Work> work = new ArrayList<>();
        for (int k = 0; k < shares; k++) {
            Share share = new Share(query + " WHERE coalesce(hash(s.facility_id, s.mrn) % " + shares + ", 0) = " + k,
                    index.isPresent());
            read.add(share);
            work.add(() -> share.read(common));
        }
        SideBySide.run(work);
        List<PatientRecord> records = new ArrayList<>();
        for (Share share : read) {
            records.addAll(share.records);
            if (unchanged.isPresent()) {
                share.addUnchanged(unchanged.get());
            }
        }
        records.sort(PatientRecord.ORDER);
        return new Extract(records, unchanged);
    }

    /** One share of the staged registrations, and those of them the index holds unchanged. */
    private static final class Share {
        private final String query;
        private final boolean joined;
        private final List<PatientRecord> records = new ArrayList<>();
        private final List<Integer> positions = new ArrayList<>();
        private final List<PatientRecord> unchanged = new ArrayList<>();
        private final List<String> ids = new ArrayList<>();
        private final List<LocalDate> firstSeen = new ArrayList<>();

        Share(String query, boolean joined) {
            this.query = query;
            this.joined = joined;
        }

        void read(CommonValues common) throws SQLException {
            try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                 Statement statement = duck.createStatement();
                 ResultSet row = statement.executeQuery(query)) {
                while (row.next()) {
                    PatientRecord r = record(row, common);
                    records.add(r);
                    if (joined) {
                        long position = row.getLong(COLUMNS.size() + 1);
                        if (!row.wasNull()) {
                            positions.add((int) position);
                            unchanged.add(r);
                            ids.add(row.getString(COLUMNS.size() + 2));
                            firstSeen.add(common.date(row, COLUMNS.size() + 3));
                        }
                    }
                }
            }
        }

        void addUnchanged(MpiIndex.Unchanged index) {
            for (int k = 0; k < positions.size(); k++) {
                index.add(positions.get(k), unchanged.get(k), ids.get(k), firstSeen.get(k));
            }
        }
    }

    private static int count(String table) throws SQLException {
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duck.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM " + table)) {
            row.next();
            return Math.toIntExact(row.getLong(1));
        }
    }

    /** The staged patients as a table expression for DuckDB. */
    static String table(OutputLayout output) {
        return "read_parquet('" + glob(output.staged("patients")) + "')";
    }

    /**
     * {@link #COLUMNS} as {@link #record} reads them: the birth date as days since 1970, which JDBC hands over as a
     * number, where a LocalDate from it goes through a java.sql.Date and a calendar for every row.
     */
    static String selectList(String alias) {
        return String.join(", ", COLUMNS.stream().map(c -> alias + "." + c)
                .map(c -> c.endsWith(".birth_date") ? days(c) : c).toList());
    }

    /** A date column as days since 1970, for {@link #date}. */
    static String days(String column) {
        return "(" + column + " - DATE '1970-01-01')";
    }

    /** A registration from the first columns of a row, in {@link #selectList} order. */
    static PatientRecord record(ResultSet row, CommonValues common) throws SQLException {
        return new PatientRecord(common.of(row.getString(1)), row.getString(2), common.of(row.getString(3)),
                common.of(row.getString(4)), common.of(row.getString(5)), common.of(row.getString(6)),
                common.of(row.getString(7)), common.date(row, 8), row.getString(9), row.getString(10),
                row.getString(11), common.of(row.getString(12)), common.of(row.getString(13)),
                common.of(row.getString(14)), row.getString(15), row.getString(16));
    }

    /** A date selected as days since 1970 (see {@link #selectList}); null when null. */
    static LocalDate date(ResultSet row, int column) throws SQLException {
        long days = row.getLong(column);
        return row.wasNull() ? null : LocalDate.ofEpochDay(days);
    }

    /**
     * One instance of each value that repeats across registrations (facility, names, sex, city, state, ZIP, birth
     * date): the registrations are most of what a run holds, and the garbage collector copies every live object
     * it holds; a repeated value read again is dropped young, which costs nothing. Equal values, so the same
     * records.
     */
    static final class CommonValues {
        private final Map<String, String> strings = new ConcurrentHashMap<>();
        private final Map<Long, LocalDate> dates = new ConcurrentHashMap<>();

        String of(String value) {
            if (value == null) {
                return null;
            }
            String kept = strings.putIfAbsent(value, value);
            return kept == null ? value : kept;
        }

        LocalDate date(ResultSet row, int column) throws SQLException {
            long days = row.getLong(column);
            return row.wasNull() ? null : dates.computeIfAbsent(days, LocalDate::ofEpochDay);
        }
    }

    /**
     * Each registration's latest activity: its last discharge (or admission, while in house) among the
     * staged encounters, by facility|MRN key. Empty when no encounters are staged.
     */
    static Map<String, LocalDate> lastActivity(OutputLayout output) throws SQLException {
        Path folder = output.staged("encounters");
        Map<String, LocalDate> latest = new HashMap<>();
        // A run for a period with no valid encounters leaves the folder without files.
        if (!ParquetFolder.hasFiles(folder, true)) {
            return latest;
        }
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duck.createStatement();
             ResultSet row = statement.executeQuery("SELECT facility_id, mrn, "
                     + days("max(coalesce(discharge_date, admit_date))") + " "
                     + "FROM read_parquet('" + folder.toString().replace("'", "''") + "/**/*.parquet', "
                     + "hive_partitioning = false) WHERE mrn IS NOT NULL GROUP BY ALL")) {
            while (row.next()) {
                latest.put(row.getString(1) + "|" + row.getString(2), date(row, 3));
            }
        }
        return latest;
    }

    private static String glob(Path folder) {
        return folder.toString().replace("'", "''") + "/*.parquet";
    }
}
