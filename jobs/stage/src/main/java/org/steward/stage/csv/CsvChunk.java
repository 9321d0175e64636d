package org.steward.stage.csv;

/** A byte range of a CSV file that starts and ends on record boundaries, and the line it starts on. */
public record CsvChunk(long start, long end, long firstLine) {

    public long length() {
        return end - start;
    }
}
