package org.steward.stage.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.steward.core.contract.StagedColumn;
import org.steward.platform.output.ParquetRowFile;

/**
 * Copies staged rows chosen by a DuckDB query into a new Parquet file, in DuckDB (a row-by-row copy through
 * JDBC took ten times as long). The rows come from staged files, so the copy has their columns, in the
 * staged order, with their types; readers see one table. (DuckDB marks a column that holds no null as
 * required: Spark reads every file column as nullable, and DuckDB reads both kinds alike.)
 */
final class StagedRowCopy {

    private StagedRowCopy() {
    }

    /** The select list that reads the staged columns in order, for the query given to {@link #copy}. */
    static String selectList(String alias, List<StagedColumn> columns) {
        return columns.stream().map(c -> alias + StagedDuckDb.quote(c.name())).collect(Collectors.joining(", "));
    }

    /**
     * Writes the rows of {@code query} to {@code target}, compressed as staging compresses.
     *
     * @return the rows written; with none, no file is left behind
     */
    static long copy(Connection duck, String query, Path target, ParquetRowFile.Format format)
            throws SQLException, IOException {
        long rows;
        try (Statement statement = duck.createStatement()) {
            rows = statement.executeUpdate("COPY (" + query + ") TO "
                    + StagedDuckDb.literal(target.toAbsolutePath().toString()) + " (FORMAT parquet, COMPRESSION "
                    + format.compression().toLowerCase(Locale.ROOT) + ")");
        }
        if (rows == 0) {
            Files.deleteIfExists(target);
        }
        return rows;
    }
}
