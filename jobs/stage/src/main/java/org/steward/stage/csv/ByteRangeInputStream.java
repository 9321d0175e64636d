package org.steward.stage.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Reads {@code [start, end)} of an open file, so several threads can read one file through one channel. */
final class ByteRangeInputStream extends InputStream {

    private final FileChannel channel;
    private final long end;
    private long position;

    ByteRangeInputStream(FileChannel channel, long start, long end) {
        this.channel = channel;
        this.position = start;
        this.end = end;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (position >= end) {
            return -1;
        }
        int wanted = (int) Math.min(length, end - position);
        int read = channel.read(ByteBuffer.wrap(target, offset, wanted), position);
        if (read > 0) {
            position += read;
        }
        return read;
    }
}
