package org.steward.app.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.steward.app.StewardHome;
import org.steward.platform.duckdb.DuckDbViews;
import org.steward.platform.settings.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run DuckDB SQL over an output folder, with the views from sql/ defined.",
                "Views: stg_patients, stg_encounters, stg_claims, stg_remittance_adjustments, stg_cdi_queries,",
                "stg_quarantine, stg_runs. Prints a table, or CSV with --csv."})
final class QueryCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SQL", description = "The query, e.g. \"SELECT count(*) FROM stg_patients\".")
    String sql;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "The output folder of a run.")
    Path output;

    @Option(names = "--csv", description = "Print CSV (RFC 4180) instead of a table.")
    boolean csv;

    @Option(names = "--max-rows", defaultValue = "1000", paramLabel = "N",
            description = "Stop printing a table after N rows (default: ${DEFAULT-VALUE}; CSV prints all).")
    int maxRows;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (DuckDbViews views = DuckDbViews.open(output, StewardHome.resolve().resolve("sql"));
             Statement statement = views.connection().createStatement()) {
            ResultSet result;
            try {
                result = statement.executeQuery(sql);
            } catch (SQLException e) {
                String hint = views.skipped().isEmpty() ? ""
                        : " (views without data yet: " + String.join(", ", views.skipped()) + ")";
                throw new ConfigException("query failed: " + e.getMessage() + hint);
            }
            if (csv) {
                printCsv(out, result);
            } else {
                print(out, result, maxRows);
            }
            return 0;
        }
    }

    static void print(PrintWriter out, ResultSet result, int maxRows) throws SQLException {
        ResultSetMetaData meta = result.getMetaData();
        List<String> header = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            header.add(meta.getColumnLabel(i));
        }
        List<List<String>> rows = new ArrayList<>();
        int total = 0;
        while (result.next()) {
            total++;
            if (rows.size() < maxRows) {
                rows.add(cells(result, header.size()));
            }
        }
        TextTable.print(out, header, rows);
        out.println("(" + total + " row" + (total == 1 ? "" : "s") + (total > rows.size() ? ", " + rows.size() + " shown" : "") + ")");
        out.flush();
    }

    private static void printCsv(PrintWriter out, ResultSet result) throws SQLException, java.io.IOException {
        ResultSetMetaData meta = result.getMetaData();
        CsvWriter writer = CsvWriter.builder().lineDelimiter(de.siegmar.fastcsv.writer.LineDelimiter.LF).build(out);
        List<String> header = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            header.add(meta.getColumnLabel(i));
        }
        writer.writeRecord(header);
        while (result.next()) {
            writer.writeRecord(cells(result, header.size()));
        }
        writer.flush();
        out.flush();
    }

    private static List<String> cells(ResultSet result, int columns) throws SQLException {
        List<String> cells = new ArrayList<>(columns);
        for (int i = 1; i <= columns; i++) {
            Object value = result.getObject(i);
            cells.add(value == null ? "" : value.toString());
        }
        return cells;
    }
}
