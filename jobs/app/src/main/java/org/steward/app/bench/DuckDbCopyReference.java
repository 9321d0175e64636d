package org.steward.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;
import org.steward.core.contract.InputContract;
import org.steward.core.contract.TableContract;

/**
 * The reference the stage benchmark is compared with: plain DuckDB converting the same CSV files to
 * Parquet ({@code COPY (FROM read_csv(...)) TO ... (FORMAT parquet)}) with the contract's column types,
 * keeping rejected rows in DuckDB's own reject table as stage keeps its quarantine. DuckDB does less:
 * no normalisation, no lists, no period partitions, no source lines.
 */
public final class DuckDbCopyReference {

    /** Rows converted and seconds taken. */
    public record Result(long rows, double seconds) {
    }

    private DuckDbCopyReference() {
    }

    public static Result convert(Path input, Path output, String compression) throws SQLException, java.io.IOException {
        Files.createDirectories(output);
        long rows = 0;
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            for (TableContract table : InputContract.TABLES) {
                Path csv = input.resolve(table.fileName());
                if (!Files.exists(csv)) {
                    continue;
                }
                Path parquet = output.resolve(table.table() + ".parquet");
                statement.execute("COPY (FROM read_csv('" + sqlPath(csv) + "', header = true, store_rejects = true, types = "
                        + contractTypes(table) + ")) TO '" + sqlPath(parquet) + "' (FORMAT parquet, COMPRESSION "
                        + compression + ")");
                try (ResultSet count = statement.executeQuery("SELECT count(*) FROM read_parquet('" + sqlPath(parquet) + "')")) {
                    count.next();
                    rows += count.getLong(1);
                }
            }
        }
        return new Result(rows, (System.nanoTime() - started) / 1e9);
    }

    /**
     * The contract's types, so DuckDB does the same typing work and rejects the same rows. Left to its
     * sniffer it guesses types from a sample (an MRN becomes BIGINT) and rejects valid rows.
     */
    static String contractTypes(TableContract table) {
        return table.columns().stream()
                .map(c -> "'" + c.name() + "': '" + switch (c.kind()) {
                    case DATE -> "DATE";
                    case AMOUNT -> "DECIMAL(18,2)";
                    default -> "VARCHAR";
                } + "'")
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String sqlPath(Path path) {
        return path.toAbsolutePath().toString().replace("'", "''");
    }
}
