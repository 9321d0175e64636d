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
import org.steward.mpi.core.PatientRecord;
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

    static List<PatientRecord> read(OutputLayout output) throws SQLException {
        Path folder = output.staged("patients");
        if (!ParquetFolder.hasFiles(folder, false)) {
            throw new ConfigException(folder + ": no staged patients; run the stage job first");
        }
        List<PatientRecord> records = new ArrayList<>();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duck.createStatement();
             ResultSet row = statement.executeQuery("SELECT " + String.join(", ", COLUMNS)
                     + " FROM read_parquet('" + glob(folder) + "')")) {
            while (row.next()) {
                records.add(record(row));
            }
        }
        records.sort(PatientRecord.ORDER);
        return records;
    }

    /** A registration from the first columns of a row, in {@link #COLUMNS} order. */
    static PatientRecord record(ResultSet row) throws SQLException {
        return new PatientRecord(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), row.getString(7), row.getObject(8, LocalDate.class),
                row.getString(9), row.getString(10), row.getString(11), row.getString(12), row.getString(13),
                row.getString(14), row.getString(15), row.getString(16));
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
             ResultSet row = statement.executeQuery("SELECT facility_id, mrn, max(coalesce(discharge_date, admit_date)) "
                     + "FROM read_parquet('" + folder.toString().replace("'", "''") + "/**/*.parquet', "
                     + "hive_partitioning = false) WHERE mrn IS NOT NULL GROUP BY ALL")) {
            while (row.next()) {
                latest.put(row.getString(1) + "|" + row.getString(2), row.getObject(3, LocalDate.class));
            }
        }
        return latest;
    }

    private static String glob(Path folder) {
        return folder.toString().replace("'", "''") + "/*.parquet";
    }
}
