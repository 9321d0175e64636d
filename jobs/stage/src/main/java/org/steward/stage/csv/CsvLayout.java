package org.steward.stage.csv;

import java.util.List;

/** Where a CSV file's header ends and how its records split into chunks that can be read in parallel. */
public record CsvLayout(long headerEnd, List<CsvChunk> chunks, long bytes, boolean unterminatedQuote) {

    public CsvLayout {
        chunks = List.copyOf(chunks);
    }
}
