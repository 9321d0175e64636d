package org.steward.mpi.job;

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
import org.steward.mpi.core.PatientRecord;
import org.steward.platform.output.OutputLayout;
import org.steward.platform.settings.ConfigException;

/** The staged registrations, in a fixed order (facility, MRN) so a run is repeatable. */
final class StagedPatients {

    private StagedPatients() {
    }

    static List<PatientRecord> read(OutputLayout output) throws SQLException {
        Path folder = output.staged("patients");
        if (!Files.isDirectory(folder)) {
            throw new ConfigException(folder + ": no staged patients; run the stage job first");
        }
        List<PatientRecord> records = new ArrayList<>();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duck.createStatement();
             ResultSet row = statement.executeQuery("SELECT facility_id, mrn, first_name, middle_name, last_name, "
                     + "name_suffix, sex, birth_date, birth_date_raw, ssn, address_line, city, state, zip, phone, email "
                     + "FROM read_parquet('" + folder.toString().replace("'", "''") + "/*.parquet') ORDER BY 1, 2")) {
            while (row.next()) {
                records.add(new PatientRecord(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getString(7), row.getObject(8, LocalDate.class),
                        row.getString(9), row.getString(10), row.getString(11), row.getString(12), row.getString(13),
                        row.getString(14), row.getString(15), row.getString(16)));
            }
        }
        return records;
    }
}
