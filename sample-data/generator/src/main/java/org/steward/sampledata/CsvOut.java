package org.steward.sampledata;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Streams CSV records to a file through one large buffer; counts data rows (header excluded). */
final class CsvOut implements Closeable {

    private static final int BUFFER = 1 << 20;

    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER];
    private int used;
    private long rows;

    CsvOut(Path path, String... header) throws IOException {
        Files.createDirectories(path.toAbsolutePath().getParent());
        this.out = Files.newOutputStream(path);
        CsvRow head = new CsvRow();
        for (String column : header) {
            head.text(column);
        }
        writeRecord(head);
    }

    void write(CsvRow row) throws IOException {
        writeRecord(row);
        rows++;
    }

    long rows() {
        return rows;
    }

    private void writeRecord(CsvRow row) throws IOException {
        int needed = row.encodedLength() + 1;
        if (used + needed > buffer.length) {
            flushBuffer();
        }
        if (needed > buffer.length) {
            byte[] big = new byte[needed];
            int n = row.writeTo(big, 0);
            out.write(big, 0, n);
            return;
        }
        used += row.writeTo(buffer, used);
    }

    private void flushBuffer() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    @Override
    public void close() throws IOException {
        flushBuffer();
        out.close();
    }
}
