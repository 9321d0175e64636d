package org.steward.stage.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.steward.core.contract.StagedColumn;
import org.steward.core.contract.TableContract;
import org.steward.platform.output.DirectorySwap;
import org.steward.platform.output.ParquetRowFile;
import org.steward.stage.csv.CsvLayout;

/**
 * Resolves rows of one input file that share a row key (the same registration exported twice, or edited
 * between two export pages): the last row in the file is the latest export and stays staged; the others
 * move to quarantine with the line of the row that was kept.
 *
 * <p>Runs once the workers are done, over the Parquet they wrote, because a key's rows can lie in any
 * chunk, period or worker's file. DuckDB groups the keys (spilling to disk for large files), so memory does
 * not grow with the file; only files that hold a repeated row are rewritten. Rows compare by their staged
 * (typed, normalised) values: {@code 3500.5} and {@code 3500.50}, {@code co} and {@code CO} are the same.
 */
final class RepeatedKeys {

    /** Where a quarantined repeat says why; stewards filter on it ({@code reason LIKE 'repeated key%'}). */
    static final String REASON = "repeated key";
    private static final String QUARANTINE_FILE = "repeated-keys.parquet";

    /** What to resolve: the staged copy of one table and the file it came from. */
    record Table(TableContract contract, Path inputFile, CsvLayout layout, Path stagedFolder, Path quarantineFolder,
                 ParquetRowFile.Format format) {
    }

    private RepeatedKeys() {
    }

    /** Moves every repeat but the last of each row key to quarantine; returns how many moved. */
    static long resolve(Table table, int threads) throws IOException, SQLException {
        boolean partitioned = table.contract().partitionedByPeriod();
        Path spill = table.stagedFolder().resolveSibling("." + table.contract().table() + "-spill");
        try (Connection duck = StagedDuckDb.open(spill, threads); Statement sql = duck.createStatement()) {
            String files = StagedDuckDb.files(table.stagedFolder(), partitioned);
            String key = table.contract().rowKey().stream().map(StagedDuckDb::quote).collect(Collectors.joining(", "));
            // Grouping one 64-bit hash of the key reads only the key columns and costs a third of grouping the
            // values (a whole-row key has eight); most inputs stop here, with no hash seen twice.
            String scan = "FROM read_parquet(" + files + ", hive_partitioning = false)";
            sql.execute("CREATE TEMP TABLE repeated_hash AS SELECT hash(" + key + ") AS h " + scan
                    + " GROUP BY 1 HAVING count(*) > 1");
            if (count(sql, "SELECT count(*) FROM repeated_hash") == 0) {
                return 0;
            }
            // The values themselves decide: two keys that only share a hash are not repeats.
            sql.execute("CREATE TEMP TABLE repeated_key AS SELECT " + key + ", max(source_line) AS kept_line " + scan
                    + " WHERE hash(" + key + ") IN (SELECT h FROM repeated_hash) GROUP BY ALL HAVING count(*) > 1");
            if (count(sql, "SELECT count(*) FROM repeated_key") == 0) {
                return 0;
            }
            // Keys of a whole-row identity may be empty: two empty values are the same value here.
            String sameKey = table.contract().rowKey().stream().map(StagedDuckDb::quote)
                    .map(c -> "s." + c + " IS NOT DISTINCT FROM r." + c).collect(Collectors.joining(" AND "));
            sql.execute("CREATE TEMP TABLE repeat AS SELECT s.filename AS file, s.source_line AS line, r.kept_line "
                    + "FROM read_parquet(" + files + ", filename = true, hive_partitioning = false) s "
                    + "JOIN repeated_key r ON " + sameKey + " WHERE s.source_line <> r.kept_line");
            removeFromStaged(duck, table);
            return quarantine(duck, table);
        } finally {
            DirectorySwap.deleteTree(spill);
        }
    }

    /** Rewrites each staged file that holds a repeat without it; a file left with no rows is deleted. */
    private static void removeFromStaged(Connection duck, Table table) throws SQLException, IOException {
        String columns = StagedRowCopy.selectList("", StagedColumn.of(table.contract()));
        for (String name : strings(duck, "SELECT DISTINCT file FROM repeat ORDER BY 1")) {
            Path file = Path.of(name);
            Path rewritten = file.resolveSibling(file.getFileName() + ".resolving");
            // A line is a row of the input file, so it names one staged row whichever file holds it.
            long kept = StagedRowCopy.copy(duck, "SELECT " + columns + " FROM read_parquet(" + StagedDuckDb.literal(name)
                    + ", hive_partitioning = false) WHERE source_line NOT IN (SELECT line FROM repeat)", rewritten,
                    table.format());
            if (kept > 0) {
                Files.move(rewritten, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.delete(file);
                deleteIfEmpty(file.getParent(), table.stagedFolder());
            }
        }
    }

    /** A period folder whose every row was a repeat holds nothing of this run: it is not published. */
    private static void deleteIfEmpty(Path folder, Path stagedFolder) throws IOException {
        if (!folder.equals(stagedFolder)) {
            try (var listing = Files.list(folder)) {
                if (listing.findAny().isEmpty()) {
                    Files.delete(folder);
                }
            }
        }
    }

    /** Writes each repeat to quarantine as it stands in the input file, naming the line that was kept. */
    private static long quarantine(Connection duck, Table table) throws SQLException, IOException {
        int size = (int) count(duck, "SELECT count(*) FROM repeat");
        long[] lines = new long[size];
        long[] keptLines = new long[size];
        try (Statement statement = duck.createStatement();
             ResultSet row = statement.executeQuery("SELECT line, kept_line FROM repeat ORDER BY line")) {
            for (int i = 0; row.next(); i++) {
                lines[i] = row.getLong(1);
                keptLines[i] = row.getLong(2);
            }
        }
        String tableName = table.contract().table();
        String fileName = table.inputFile().getFileName().toString();
        String key = table.contract().rowKeyIsWholeRow() ? "(every column)" : String.join(", ", table.contract().rowKey());
        String same = table.contract().rowKeyIsWholeRow() ? "is the same row" : "has the same key";
        int[] next = {0};
        try (ParquetRowFile out = ParquetRowFile.create(table.quarantineFolder().resolve(QUARANTINE_FILE),
                QuarantineRow.COLUMNS, table.format())) {
            InputLines.read(table.inputFile(), table.layout(), lines, (fields, line) -> {
                long kept = keptLines[next[0]++];
                out.write(QuarantineRow.of(tableName, fileName, line, "", REASON + " " + key + ": line " + kept + " "
                        + same + " and is kept (the last row in the file wins)", fields));
            });
        }
        return size;
    }

    private static long count(Connection duck, String query) throws SQLException {
        try (Statement statement = duck.createStatement()) {
            return count(statement, query);
        }
    }

    private static long count(Statement statement, String query) throws SQLException {
        try (ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static List<String> strings(Connection duck, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = duck.createStatement(); ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }
}
