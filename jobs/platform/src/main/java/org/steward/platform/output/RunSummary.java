package org.steward.platform.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The record a run leaves under {@code <output>/runs/<job>/}: one JSON file per completed execution, read by the
 * {@code stg_runs} DuckDB view (the report's run history) and by people. Counts only, never row contents. Stage
 * gives its counts per input table; other jobs give their steps' totals and no tables.
 */
public record RunSummary(String job, String scope, long executionId, String input, Instant started,
                         Instant finished, long read, long written, long quarantined, long outOfScope,
                         long repeatedKeys, List<TableCounts> tables) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public RunSummary {
        tables = List.copyOf(tables);
    }

    /** A run that counts per table: its totals are the sums over its tables. */
    public static RunSummary ofTables(String job, String scope, long executionId, String input, Instant started,
                                      Instant finished, List<TableCounts> tables) {
        return new RunSummary(job, scope, executionId, input, started, finished,
                tables.stream().mapToLong(TableCounts::read).sum(), tables.stream().mapToLong(TableCounts::written).sum(),
                tables.stream().mapToLong(TableCounts::quarantined).sum(),
                tables.stream().mapToLong(TableCounts::outOfScope).sum(),
                tables.stream().mapToLong(TableCounts::repeatedKeys).sum(), tables);
    }

    /** Writes {@code runs/<job>/<job>-<scope>-<executionId>.json} via a temporary file and a rename. */
    public Path writeTo(OutputLayout layout) throws IOException {
        Path folder = layout.runs(job);
        Files.createDirectories(folder);
        Path file = folder.resolve(job + "-" + scope + "-" + executionId + ".json");
        Path temporary = folder.resolve("." + file.getFileName() + ".tmp");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("job", job);
        json.put("scope", scope);
        json.put("execution_id", executionId);
        json.put("input", input);
        json.put("started", started.toString());
        json.put("finished", finished.toString());
        json.put("rows_read", read);
        json.put("rows_written", written);
        json.put("rows_quarantined", quarantined);
        json.put("rows_out_of_scope", outOfScope);
        json.put("rows_repeated_key", repeatedKeys);
        json.put("tables", tables.stream().map(RunSummary::tableJson).toList());
        JSON.writeValue(temporary.toFile(), json);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    private static Map<String, Object> tableJson(TableCounts counts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("table", counts.table());
        json.put("present", counts.present());
        json.put("rows_read", counts.read());
        json.put("rows_written", counts.written());
        json.put("rows_quarantined", counts.quarantined());
        json.put("rows_out_of_scope", counts.outOfScope());
        json.put("rows_repeated_key", counts.repeatedKeys());
        json.put("rows_carried_over", counts.carriedOver());
        json.put("periods", counts.periods());
        return json;
    }
}
