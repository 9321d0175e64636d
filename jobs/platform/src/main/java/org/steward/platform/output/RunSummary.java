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
 * The record a run leaves under {@code <output>/runs/<job>/}: one JSON file per execution, read by the
 * {@code stg_runs} DuckDB view and by people. Counts only, never row contents.
 */
public record RunSummary(String job, String scope, long executionId, String input, Instant started,
                         Instant finished, List<TableCounts> tables) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public long read() {
        return tables.stream().mapToLong(TableCounts::read).sum();
    }

    public long written() {
        return tables.stream().mapToLong(TableCounts::written).sum();
    }

    public long quarantined() {
        return tables.stream().mapToLong(TableCounts::quarantined).sum();
    }

    public long outOfScope() {
        return tables.stream().mapToLong(TableCounts::outOfScope).sum();
    }

    public long repeatedKeys() {
        return tables.stream().mapToLong(TableCounts::repeatedKeys).sum();
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
        json.put("rows_read", read());
        json.put("rows_written", written());
        json.put("rows_quarantined", quarantined());
        json.put("rows_out_of_scope", outOfScope());
        json.put("rows_repeated_key", repeatedKeys());
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
