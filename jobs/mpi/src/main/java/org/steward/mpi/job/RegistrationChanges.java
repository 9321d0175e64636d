package org.steward.mpi.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steward.core.contract.StagedColumn;
import org.steward.core.contract.StagedColumn.StoredType;
import org.steward.platform.output.OutputLayout;
import org.steward.platform.output.ParquetFolder;
import org.steward.platform.output.ParquetRowFile;

/**
 * The source's retirements and merges of registrations (staged {@code registration_changes}, optional) and the
 * registrations the index has retired because of them ({@code mpi/index/retired.parquet}).
 *
 * <p>A retired registration ({@code retire}: a voided MRN) or a merged-away one ({@code merge}: HL7 ADT A40,
 * {@code merged_into_mrn} survives at the same facility) leaves matching, the golden record and the rates, but
 * not the index: it keeps a row in {@code patient_xref} with its status, last enterprise id and first-seen date,
 * and the run that retires it emits a {@code retired} or {@code merged_by_source} event with the reason.
 */
final class RegistrationChanges {

    static final String TABLE = "registration_changes";
    static final String FILE = "retired.parquet";
    private static final ParquetRowFile.Format FORMAT = new ParquetRowFile.Format("snappy", 16);
    private static final List<StagedColumn> COLUMNS = List.of(text("facility_id"), text("mrn"), text("status"),
            text("enterprise_id"), new StagedColumn("first_seen", StoredType.DATE), text("merged_into_mrn"),
            new StagedColumn("changed_on", StoredType.DATE), text("reason"), new StagedColumn("retired_as_of", StoredType.DATE));

    /** One change the source sent: {@code merge} with the surviving MRN, or {@code retire}. */
    record Change(String facilityId, String mrn, String change, String mergedIntoMrn, LocalDate changedOn, String reason) {

        String key() {
            return facilityId + "|" + mrn;
        }

        boolean merge() {
            return "merge".equals(change);
        }

        /** The patient_xref status and event type: {@code retired} or {@code merged}. */
        String status() {
            return merge() ? "merged" : "retired";
        }

        @Override
        public String toString() {
            return "Change[" + change + "]";
        }
    }

    /**
     * A registration out of the index's matching, with what it last was.
     *
     * @param enterpriseId the id it last had (for a merge, the surviving registration's), null if never indexed
     * @param retiredAsOf  the run that retired it
     */
    record Retired(Change change, String enterpriseId, LocalDate firstSeen, LocalDate retiredAsOf) {

        @Override
        public String toString() {
            return "Retired[" + change.status() + "]";
        }
    }

    private RegistrationChanges() {
    }

    /** The staged changes by facility|MRN key; empty when the input never had a registration_changes file. */
    static Map<String, Change> read(OutputLayout output) throws SQLException {
        Path folder = output.staged(TABLE);
        Map<String, Change> changes = new LinkedHashMap<>();
        if (!ParquetFolder.hasFiles(folder, false)) {
            return changes;
        }
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duck.createStatement();
             ResultSet row = statement.executeQuery("SELECT facility_id, mrn, change, merged_into_mrn, changed_on, reason "
                     + "FROM read_parquet('" + quoted(folder) + "/*.parquet') ORDER BY facility_id, mrn")) {
            while (row.next()) {
                Change c = new Change(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getObject(5, LocalDate.class), row.getString(6));
                changes.put(c.key(), c);
            }
        }
        return changes;
    }

    /** The registrations an earlier run retired, by key; empty for an index from before retirements. */
    static Map<String, Retired> readRetired(Path indexFolder) throws SQLException {
        Map<String, Retired> retired = new LinkedHashMap<>();
        Path file = indexFolder.resolve(FILE);
        if (!Files.exists(file)) {
            return retired;
        }
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duck.createStatement();
             ResultSet row = statement.executeQuery("SELECT facility_id, mrn, status, merged_into_mrn, changed_on, reason, "
                     + "enterprise_id, first_seen, retired_as_of FROM read_parquet('" + quoted(file) + "')")) {
            while (row.next()) {
                Change c = new Change(row.getString(1), row.getString(2), "merged".equals(row.getString(3)) ? "merge" : "retire",
                        row.getString(4), row.getObject(5, LocalDate.class), row.getString(6));
                retired.put(c.key(), new Retired(c, row.getString(7), row.getObject(8, LocalDate.class),
                        row.getObject(9, LocalDate.class)));
            }
        }
        return retired;
    }

    static void writeRetired(Path indexFolder, List<Retired> retired) throws IOException {
        Files.createDirectories(indexFolder);
        try (ParquetRowFile out = ParquetRowFile.create(indexFolder.resolve(FILE), COLUMNS, FORMAT)) {
            for (Retired r : retired) {
                Change c = r.change();
                out.write(new Object[] {c.facilityId(), c.mrn(), c.status(), r.enterpriseId(), r.firstSeen(),
                        c.mergedIntoMrn(), c.changedOn(), c.reason(), r.retiredAsOf()});
            }
        }
    }

    static List<Retired> sorted(Map<String, Retired> retired) {
        List<Retired> out = new ArrayList<>(retired.values());
        out.sort((a, b) -> a.change().key().compareTo(b.change().key()));
        return out;
    }

    private static StagedColumn text(String name) {
        return new StagedColumn(name, StoredType.STRING);
    }

    private static String quoted(Path path) {
        return path.toString().replace("'", "''");
    }
}
