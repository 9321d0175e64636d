package org.steward.app.engine;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.steward.platform.engine.DuckDbEngine;
import org.steward.platform.engine.PeriodOutput;

/** Reads a job's published outputs back for the parity tests: from the Parquet of a run, or a golden CSV. */
final class OutputRows {

    private OutputRows() {
    }

    /** An output's rows in a canonical order (every column, ascending), read back from its Parquet. */
    static List<List<Object>> read(Path root, PeriodOutput output) {
        return query(root, output, "SELECT " + output.columnList() + " FROM t ORDER BY ALL");
    }

    /** {@code sql} over an output's Parquet under {@code root}, registered as the view {@code t}. */
    static List<List<Object>> query(Path root, PeriodOutput output, String sql) {
        try (DuckDbEngine reader = new DuckDbEngine()) {
            reader.registerParquet("t", root.resolve(output.area()).resolve(output.folder()), true, output.columns());
            List<List<Object>> rows = new ArrayList<>();
            reader.rows(sql).forEach(r -> rows.add(Arrays.asList(r)));
            return rows;
        }
    }

    static List<NamedCsvRecord> csv(Path file) throws Exception {
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
            return reader.stream().toList();
        }
    }
}
