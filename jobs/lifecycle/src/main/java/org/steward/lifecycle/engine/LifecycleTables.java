package org.steward.lifecycle.engine;

import static org.steward.platform.engine.SqlType.STRING;

import java.nio.file.Path;
import java.util.List;
import org.steward.core.contract.TableContract;
import org.steward.platform.engine.SqlColumn;
import org.steward.platform.engine.SqlEngine;
import org.steward.platform.output.OutputLayout;
import org.steward.platform.output.ParquetFolder;

/** Registers the staged tables and the MPI's cross-reference the lifecycle SQL reads. */
final class LifecycleTables {

    private LifecycleTables() {
    }

    /** A staged table as a view named like the table (empty, with its columns, when never staged). */
    static void staged(SqlEngine engine, OutputLayout output, TableContract table) {
        engine.registerParquet(table.table(), output.staged(table.table()), table.partitionedByPeriod(),
                SqlColumn.staged(table));
    }

    /** The MPI's patient_xref as {@code mpi_xref}; false (and an empty view) when the MPI has not run here. */
    static boolean mpiXref(SqlEngine engine, OutputLayout output) {
        Path xref = output.root().resolve("mpi").resolve("patient_xref");
        engine.registerParquet("mpi_xref", xref, false, List.of(new SqlColumn("facility_id", STRING),
                new SqlColumn("mrn", STRING), new SqlColumn("enterprise_id", STRING)));
        return ParquetFolder.hasFiles(xref, false);
    }
}
