package org.steward.platform.engine;

import java.nio.file.Path;
import java.util.List;
import org.steward.platform.settings.StewardSettings;

/**
 * Where a job's set-based SQL runs: DuckDB in this process, or Spark (local or a cluster). A job
 * registers its inputs as views, builds SQL with the {@link #dialect()}, keeps intermediate results
 * with {@link #materialize} and brings small results back with {@link #rows}. Values come back as
 * String, Long (every integer type), Double, BigDecimal, Boolean or LocalDate on both engines.
 * Closing it drops what it registered; a Spark session outlives it (one per run).
 */
public interface SqlEngine extends AutoCloseable {

    StewardSettings.Engine kind();

    SqlDialect dialect();

    /**
     * A Parquet folder as a view: {@code period=YYYY-MM} sub-folders when {@code partitioned} (period
     * read as a string), else files directly in it. A folder without files is an empty view with
     * {@code columns}, so a table with no rows yet is a valid input.
     */
    void registerParquet(String view, Path folder, boolean partitioned, List<SqlColumn> columns);

    /**
     * A history folder as a view: one sub-folder per run ({@code as_of=YYYY-MM-DD}) whose files carry the run's date
     * in a column of their own, so nothing is read from the folder names. Without files, an empty view.
     */
    void registerParquetHistory(String view, Path folder, List<SqlColumn> columns);

    /** Rows held by this process (reference data) as a table; each row's values in {@code columns} order. */
    void registerRows(String view, List<SqlColumn> columns, List<Object[]> rows);

    /** Computes {@code sql} once and keeps the result as {@code view} for the queries that follow. */
    void materialize(String view, String sql);

    /**
     * Writes the rows of {@code sql} as Parquet files into {@code folder} (which must not exist yet), as
     * {@code period=YYYY-MM} sub-folders when {@code partitioned}. Each column is cast to its declared
     * type, so both engines write the same schema; {@code columns} must name every column of the query,
     * {@code period} last when partitioned.
     */
    void writeParquet(String sql, List<SqlColumn> columns, Path folder, boolean partitioned);

    /**
     * Writes an output that holds one period: the same files and layout as {@link #writeParquet} partitioned
     * ({@code folder/period=P/}), for jobs filed under one period (the audits). {@code sql}'s period column must be
     * {@code period} on every row. An engine may write it faster than a partitioned write.
     */
    default void writePeriod(String sql, List<SqlColumn> columns, Path folder, String period) {
        writeParquet(sql, columns, folder, true);
    }

    /** Runs a query and returns its rows: for small results (counts, samples). */
    List<Object[]> rows(String sql);

    /** {@code sql} with each of {@code columns} cast to its declared type, in that order. */
    default String typed(String sql, List<SqlColumn> columns) {
        return columns.stream().map(c -> "CAST(" + dialect().quote(c.name()) + " AS " + dialect().type(c.type()) + ") AS "
                + dialect().quote(c.name())).collect(java.util.stream.Collectors.joining(", ", "SELECT ", " FROM (" + sql + ") typed"));
    }

    @Override
    void close();
}
