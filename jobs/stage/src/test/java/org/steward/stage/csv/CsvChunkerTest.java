package org.steward.stage.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvChunkerTest {

    private static final String CSV = "id,text,n\r\n"
            + "1,plain,1\r\n"
            + "2,\"quoted, with comma\",2\n"
            + "3,\"two\nlines\",3\n"
            + "4,\"escaped \"\"quote\"\"\nand newline\",4\n"
            + "5,5\" tall,5\n"
            + "\n"
            + "6,\"\",6\n"
            + "7,last,7";

    @TempDir
    Path folder;

    @Test
    void everyChunkSizeYieldsTheSameRecordsAndLineNumbersAsOneWholeRead() throws Exception {
        Path file = Files.writeString(folder.resolve("t.csv"), CSV);
        List<String> whole = readAll(file, Long.MAX_VALUE);
        assertThat(whole).containsExactly(
                "2:[1, plain, 1]", "3:[2, quoted, with comma, 2]", "4:[3, two\nlines, 3]",
                "6:[4, escaped \"quote\"\nand newline, 4]", "8:[5, 5\" tall, 5]", "10:[6, , 6]", "11:[7, last, 7]");
        for (long target = 1; target <= CSV.length(); target++) {
            CsvLayout layout = CsvChunker.split(file, target);
            assertThat(readAll(file, target)).as("chunks of %d bytes", target).isEqualTo(whole);
            assertThat(layout.headerEnd()).isEqualTo("id,text,n\r\n".length());
            assertThat(layout.unterminatedQuote()).isFalse();
            long expectedStart = layout.headerEnd();
            for (CsvChunk chunk : layout.chunks()) {
                assertThat(chunk.start()).isEqualTo(expectedStart);
                expectedStart = chunk.end();
            }
            assertThat(expectedStart).isEqualTo(Files.size(file));
        }
    }

    @Test
    void anUnclosedQuoteIsReportedAndAHeaderOnlyFileHasNoChunks() throws Exception {
        Path open = Files.writeString(folder.resolve("open.csv"), "a,b\n1,\"never closed\n2,x\n");
        assertThat(CsvChunker.split(open, 4).unterminatedQuote()).isTrue();
        Path headerOnly = Files.writeString(folder.resolve("h.csv"), "a,b\n");
        assertThat(CsvChunker.split(headerOnly, 4).chunks()).isEmpty();
    }

    private static List<String> readAll(Path file, long target) throws Exception {
        List<String> records = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            for (CsvChunk chunk : CsvChunker.split(file, target).chunks()) {
                CsvRecords.read(file, channel, chunk, (fields, line) -> records.add(line + ":" + fields));
            }
        }
        return records;
    }
}
