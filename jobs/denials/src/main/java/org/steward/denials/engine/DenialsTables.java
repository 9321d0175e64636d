package org.steward.denials.engine;

import static org.steward.platform.engine.SqlType.BOOLEAN;
import static org.steward.platform.engine.SqlType.DATE;
import static org.steward.platform.engine.SqlType.DOUBLE;
import static org.steward.platform.engine.SqlType.STRING;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.steward.core.contract.InputContract;
import org.steward.denials.core.Category;
import org.steward.denials.core.DenialMapping;
import org.steward.platform.engine.SqlColumn;
import org.steward.platform.engine.SqlEngine;
import org.steward.platform.engine.StagedTables;
import org.steward.platform.output.OutputLayout;
import org.steward.platform.output.ParquetFolder;

/**
 * Registers what the denials SQL reads: the staged claims, remittance adjustments and appeals, each distinct
 * adjustment code of the input read through the mapping (so the SQL joins a small table, and the
 * decision is the plain-Java {@link DenialMapping}'s), and the categories.
 */
final class DenialsTables {

    private DenialsTables() {
    }

    /** Registers the tables; true when the input had appeals (an optional file: without it the view is empty). */
    static boolean register(SqlEngine engine, OutputLayout output, DenialMapping mapping) {
        StagedTables.registerAll(engine, output, List.of(InputContract.CLAIMS, InputContract.REMITTANCE_ADJUSTMENTS));
        boolean appeals = StagedTables.register(engine, output, InputContract.APPEALS);
        List<Object[]> reasons = new ArrayList<>();
        for (Object[] code : engine.rows("SELECT DISTINCT coalesce(group_code, ''), coalesce(carc, ''), coalesce(rarc, '') "
                + "FROM remittance_adjustments ORDER BY 1, 2, 3")) {
            DenialMapping.Reason reason = mapping.classify((String) code[0], (String) code[1], (String) code[2]);
            reasons.add(new Object[] {code[0], code[1], code[2], reason.denial(), reason.category(), reason.scenario()});
        }
        engine.registerRows("ref_reason", List.of(new SqlColumn("group_code", STRING), new SqlColumn("carc", STRING),
                new SqlColumn("rarc", STRING), new SqlColumn("denial", BOOLEAN), new SqlColumn("category", STRING),
                new SqlColumn("scenario", STRING)), reasons);
        List<Object[]> categories = new ArrayList<>();
        for (Category c : mapping.categories()) {
            categories.add(new Object[] {c.name(), c.preventable(), c.owner(), c.tracesTo(), c.recoverableRate()});
        }
        categories.add(new Object[] {Category.UNMAPPED, false, null, "none", null});
        engine.registerRows("ref_category", List.of(new SqlColumn("category", STRING), new SqlColumn("preventable", BOOLEAN),
                new SqlColumn("owner", STRING), new SqlColumn("traces_to", STRING),
                new SqlColumn("recoverable_rate", DOUBLE)), categories);
        return appeals;
    }

    /** The MPI's registrations (a snapshot) and the quality job's sampled failing rows, when those jobs have run. */
    static Evidence registerEvidence(SqlEngine engine, OutputLayout output) {
        Path xref = StagedTables.mpiXref(output);
        Path failures = output.root().resolve("quality").resolve("failures");
        Path events = output.root().resolve("mpi").resolve("events");
        boolean mpi = ParquetFolder.hasFiles(xref, false);
        boolean quality = ParquetFolder.hasFiles(failures, true);
        boolean overlays = ParquetFolder.hasFiles(events, true);
        if (mpi || quality || overlays) {
            StagedTables.register(engine, output, InputContract.ENCOUNTERS);
        }
        engine.registerParquet("mpi_xref", xref, false, StagedTables.MPI_XREF);
        engine.registerParquet("quality_failures", failures, true, List.of(new SqlColumn("check_id", STRING),
                new SqlColumn("table_name", STRING), new SqlColumn("facility_id", STRING), new SqlColumn("row_key", STRING),
                new SqlColumn("period", STRING)));
        engine.registerParquetHistory("mpi_events", events, List.of(new SqlColumn("as_of", DATE),
                new SqlColumn("event_type", STRING), new SqlColumn("facility_id", STRING), new SqlColumn("mrn", STRING)));
        return new Evidence(mpi, quality, overlays);
    }

    /**
     * Which cross-job evidence this output folder has.
     *
     * @param overlays the MPI's history of events (possible overlays among them) is there
     */
    record Evidence(boolean mpi, boolean quality, boolean overlays) {
    }
}
