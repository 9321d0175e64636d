package org.steward.stage.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.core.contract.StagedColumn;
import org.steward.core.contract.TableContract;
import org.steward.platform.output.DirectorySwap;
import org.steward.platform.output.ParquetRowFile;

/**
 * Completes a staged delta of a snapshot table (new and changed registrations) with every row of the table
 * staged before that the delta does not replace, so the new staged table holds every registration and the
 * jobs after stage (quality's lookups, the MPI) read the whole population, not the day's changes.
 * A row of the delta replaces the staged row with the same key: the latest export wins.
 */
public final class SnapshotDelta {

    private static final Logger log = LoggerFactory.getLogger(SnapshotDelta.class);
    private static final String CARRIED_OVER_FILE = "carried-over.parquet";

    private SnapshotDelta() {
    }

    /**
     * Copies the rows of {@code previous} (the published table) whose key is not in {@code stagedFolder} (the
     * delta just staged) into {@code stagedFolder}, written as staging writes.
     *
     * @return the rows carried over; 0 when nothing was staged before
     */
    public static long carryOver(TableContract contract, String deltaFile, Path previous, Path stagedFolder,
                                 int threads, ParquetRowFile.Format format) throws IOException {
        if (contract.partitionedByPeriod()) {
            throw new IllegalArgumentException(contract.table() + " is staged by period: a run replaces only the "
                    + "periods it reads, so it takes no delta");
        }
        if (!holdsParquet(previous)) {
            log.warn("{}: no {} were staged before, so the delta is the whole table until a full {} is staged",
                    deltaFile, contract.table(), contract.fileName());
            return 0;
        }
        List<StagedColumn> columns = StagedColumn.of(contract);
        String sameKey = contract.rowKey().stream().map(StagedDuckDb::quote)
                .map(c -> "p." + c + " IS NOT DISTINCT FROM d." + c).collect(Collectors.joining(" AND "));
        Path spill = stagedFolder.resolveSibling("." + contract.table() + "-spill");
        try (Connection duck = StagedDuckDb.open(spill, threads)) {
            // The previous table was staged by this job, so it holds each key once; the delta's own repeats are
            // already resolved. The result therefore holds each key once too.
            String query = "SELECT " + StagedRowCopy.selectList("p.", columns)
                    + " FROM read_parquet(" + StagedDuckDb.files(previous, false) + ", hive_partitioning = false) p"
                    + " ANTI JOIN read_parquet(" + StagedDuckDb.files(stagedFolder, false) + ", hive_partitioning = false) d"
                    + " ON " + sameKey;
            return StagedRowCopy.copy(duck, query, stagedFolder.resolve(CARRIED_OVER_FILE), format);
        } catch (SQLException e) {
            throw new IOException(deltaFile + ": cannot be merged into the staged " + contract.table() + " in "
                    + previous + ": " + e.getMessage(), e);
        } finally {
            DirectorySwap.deleteTree(spill);
        }
    }

    private static boolean holdsParquet(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
        }
    }
}
