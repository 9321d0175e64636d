package org.steward.mpi.job;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.steward.core.contract.StagedColumn;
import org.steward.core.contract.StagedColumn.StoredType;
import org.steward.mpi.core.MatchResult;
import org.steward.mpi.core.PatientRecord;
import org.steward.mpi.core.cluster.EnterpriseCluster;
import org.steward.mpi.core.golden.GoldenColumn;
import org.steward.mpi.core.golden.GoldenMember;
import org.steward.mpi.core.golden.GoldenPatient;
import org.steward.mpi.core.golden.Survivorship;
import org.steward.mpi.core.settings.MatchSettings;
import org.steward.platform.output.ParquetRowFile;

/** Writes mpi/golden_patient: one row per enterprise id, its best values by the survivorship rules in mpi.yml. */
final class GoldenPatients {

    private GoldenPatients() {
    }

    /** @param lastActivity each registration's latest encounter date, by facility|MRN key */
    static void write(Path work, MatchSettings settings, MatchResult result, String[] enterpriseIds,
                      Map<String, LocalDate> lastActivity) throws IOException {
        Survivorship survivorship = new Survivorship(settings.golden());
        List<StagedColumn> columns = columns();
        List<PatientRecord> registrations = result.registrations();
        try (ParquetRowFile out = MpiOutputs.file(work.resolve("golden_patient"), columns)) {
            for (EnterpriseCluster cluster : result.clustering().clusters()) {
                List<GoldenMember> members = new ArrayList<>(cluster.size());
                for (int r : cluster.members()) {
                    PatientRecord record = registrations.get(r);
                    members.add(new GoldenMember(record, lastActivity.get(record.key())));
                }
                out.write(survivorship.build(enterpriseIds[cluster.members()[0]], members).values());
            }
        }
    }

    /** golden_patient's columns, in the order of {@link GoldenPatient#COLUMNS}. */
    static List<StagedColumn> columns() {
        return GoldenPatient.COLUMNS.stream().map(GoldenPatients::column).toList();
    }

    private static StagedColumn column(GoldenColumn c) {
        StoredType type = c.type() == LocalDate.class ? StoredType.DATE
                : c.type() == Long.class ? StoredType.LONG : StoredType.STRING;
        return new StagedColumn(c.name(), type);
    }
}
