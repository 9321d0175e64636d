package org.steward.privacy;

import java.util.List;
import org.steward.core.contract.TableContract;
import org.steward.platform.engine.SqlColumn;
import org.steward.platform.engine.SqlEngine;
import org.steward.platform.output.OutputLayout;
import org.steward.platform.output.ParquetFolder;

/** Registers the staged tables the privacy audits read; a table never staged is an empty view with its columns. */
public final class StagedInputs {

    private StagedInputs() {
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
}
