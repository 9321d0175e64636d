package org.steward.platform.engine;

import static org.steward.platform.engine.SqlType.STRING;

import java.nio.file.Path;
import java.util.List;
import org.steward.core.contract.TableContract;
import org.steward.platform.output.OutputLayout;
import org.steward.platform.output.ParquetFolder;

/**
 * Registers what the set-based jobs read from an output folder: staged tables under their own names (a table never
 * staged is an empty view with its columns), and the MPI's crosswalk as {@code mpi_xref}.
 */
public final class StagedTables {

    /** The columns of the MPI's patient_xref the other jobs join on. */
    public static final List<SqlColumn> MPI_XREF = List.of(new SqlColumn("facility_id", STRING),
            new SqlColumn("mrn", STRING), new SqlColumn("enterprise_id", STRING));

    private StagedTables() {
    }

    /** Registers {@code table} under its own name; true when stage has written it. */
    public static boolean register(SqlEngine engine, OutputLayout output, TableContract table) {
        engine.registerParquet(table.table(), output.staged(table.table()), table.partitionedByPeriod(),
                SqlColumn.staged(table));
        return ParquetFolder.hasFiles(output.staged(table.table()), table.partitionedByPeriod());
    }

    /** Registers each table; the names of those stage has not written. */
    public static List<String> registerAll(SqlEngine engine, OutputLayout output, List<TableContract> tables) {
        return tables.stream().filter(t -> !register(engine, output, t)).map(TableContract::table).toList();
    }

    /** The MPI's patient_xref as {@code mpi_xref}; false (and an empty view) when the MPI has not run here. */
    public static boolean registerMpiXref(SqlEngine engine, OutputLayout output) {
        Path xref = mpiXref(output);
        engine.registerParquet("mpi_xref", xref, false, MPI_XREF);
        return ParquetFolder.hasFiles(xref, false);
    }

    /** Where the MPI writes its crosswalk in an output folder. */
    public static Path mpiXref(OutputLayout output) {
        return output.root().resolve("mpi").resolve("patient_xref");
    }
}
