package org.steward.sampledata;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * One CSV record being assembled as bytes. Fields are stored unquoted-and-escaped already (RFC
 * 4180: a field is quoted only when it holds a comma, quote, CR or LF), so writing a row is a copy.
 * Works on bytes rather than chars because a planted contract violation needs raw non-UTF-8 bytes.
 */
final class CsvRow {

    private byte[] buf = new byte[512];
    private int len;
    private int[] starts = new int[24];
    private int[] ends = new int[24];
    private int count;

    CsvRow clear() {
        len = 0;
        count = 0;
        return this;
    }

    int fieldCount() {
        return count;
    }

    CsvRow empty() {
        begin();
        return end();
    }

    CsvRow text(String value) {
        if (value == null || value.isEmpty()) {
            return empty();
        }
        begin();
        boolean quote = needsQuotes(value);
        if (quote) {
            put((byte) '"');
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                if (c == '"') {
                    put((byte) '"');
                }
                put((byte) c);
            } else {
                putUtf8(value, i);
                if (Character.isHighSurrogate(c)) {
                    i++;
                }
            }
        }
        if (quote) {
            put((byte) '"');
        }
        return end();
    }

    CsvRow num(long value) {
        begin();
        putLong(value);
        return end();
    }

    /** Money in cents, written with two decimals. */
    CsvRow money(long cents) {
        begin();
        if (cents < 0) {
            put((byte) '-');
            cents = -cents;
        }
        putLong(cents / 100);
        put((byte) '.');
        long rest = cents % 100;
        put((byte) ('0' + rest / 10));
        put((byte) ('0' + rest % 10));
        return end();
    }

    /** A date as YYYY-MM-DD from its epoch day. */
    CsvRow date(int epochDay) {
        begin();
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        putPadded(d.getYear(), 4);
        put((byte) '-');
        putPadded(d.getMonthValue(), 2);
        put((byte) '-');
        putPadded(d.getDayOfMonth(), 2);
        return end();
    }

    CsvRow rawField(byte[] bytes) {
        begin();
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, len, bytes.length);
        len += bytes.length;
        return end();
    }

    byte[] field(int index) {
        return Arrays.copyOfRange(buf, starts[index], ends[index]);
    }

    String fieldText(int index) {
        return new String(buf, starts[index], ends[index] - starts[index], StandardCharsets.UTF_8);
    }

    void replaceField(int index, byte[] value) {
        byte[] old = Arrays.copyOf(buf, len);
        int[] oldStarts = Arrays.copyOf(starts, count);
        int[] oldEnds = Arrays.copyOf(ends, count);
        int n = count;
        clear();
        for (int i = 0; i < n; i++) {
            rawField(i == index ? value : Arrays.copyOfRange(old, oldStarts[i], oldEnds[i]));
        }
    }

    void removeLastField() {
        if (count > 0) {
            count--;
            len = starts[count];
        }
    }

    void copyFrom(CsvRow other) {
        if (buf.length < other.len) {
            buf = new byte[other.buf.length];
        }
        if (starts.length < other.count) {
            starts = new int[other.starts.length];
            ends = new int[other.ends.length];
        }
        System.arraycopy(other.buf, 0, buf, 0, other.len);
        System.arraycopy(other.starts, 0, starts, 0, other.count);
        System.arraycopy(other.ends, 0, ends, 0, other.count);
        len = other.len;
        count = other.count;
    }

    /** Bytes of the whole record with separators and the trailing newline. */
    int writeTo(byte[] target, int offset) {
        int p = offset;
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                target[p++] = ',';
            }
            int n = ends[i] - starts[i];
            System.arraycopy(buf, starts[i], target, p, n);
            p += n;
        }
        target[p++] = '\n';
        return p - offset;
    }

    int encodedLength() {
        return len + count;
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    private void begin() {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = len;
    }

    private CsvRow end() {
        ends[count++] = len;
        return this;
    }

    private void put(byte b) {
        if (len == buf.length) {
            buf = Arrays.copyOf(buf, len * 2);
        }
        buf[len++] = b;
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }

    private void putUtf8(String value, int index) {
        int cp = value.codePointAt(index);
        byte[] bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            put(b);
        }
    }

    private void putLong(long v) {
        if (v < 0) {
            put((byte) '-');
            v = -v;
        }
        if (v < 10) {
            put((byte) ('0' + v));
            return;
        }
        int digits = 0;
        for (long t = v; t > 0; t /= 10) {
            digits++;
        }
        putPadded(v, digits);
    }

    private void putPadded(long v, int width) {
        ensure(Math.max(width, 20));
        int digits = 1;
        for (long t = v / 10; t > 0; t /= 10) {
            digits++;
        }
        int total = Math.max(width, digits);
        for (int i = total - 1; i >= 0; i--) {
            buf[len + i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        len += total;
    }
}
