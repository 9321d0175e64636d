package org.steward.sampledata;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/** truth/dq_defect_rows.csv as defects are planted, and truth/dq_defects.csv with the exact totals. */
final class DefectLedger implements Closeable {

    static final String[] ROWS_HEADER = {"defect", "table", "facility_id", "row_key"};
    static final String[] TOTALS_HEADER = {"defect", "table", "column", "rows"};

    private final CsvOut rows;
    private final Path totalsFile;
    private final long[] counts = new long[DqDefect.values().length];
    private final CsvRow row = new CsvRow();
    private long totalsRows;

    DefectLedger(Path rowsFile, Path totalsFile) throws IOException {
        this.rows = new CsvOut(rowsFile, ROWS_HEADER);
        this.totalsFile = totalsFile;
    }

    void record(DqDefect defect, int facility, String rowKey) throws IOException {
        counts[defect.ordinal()]++;
        rows.write(row.clear().text(defect.label).text(defect.table).text(FacilityLayout.id(facility)).text(rowKey));
    }

    long rows() {
        return rows.rows();
    }

    long totalsRows() {
        return totalsRows;
    }

    @Override
    public void close() throws IOException {
        rows.close();
        try (CsvOut totals = new CsvOut(totalsFile, TOTALS_HEADER)) {
            for (DqDefect d : DqDefect.values()) {
                totals.write(row.clear().text(d.label).text(d.table).text(d.column).num(counts[d.ordinal()]));
            }
            totalsRows = totals.rows();
        }
    }
}
