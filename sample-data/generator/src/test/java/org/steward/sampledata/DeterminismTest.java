package org.steward.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    @TempDir
    Path tmp;

    @Test
    void sameSettingsGiveByteIdenticalFiles() throws Exception {
        GeneratorSettings settings = new GeneratorSettings(400, 3, YearMonth.of(2025, 1), 12, 77L,
                GeneratedSample.REFERENCE, 5);

        new SampleDataGenerator().generate(settings, tmp.resolve("a"));
        new SampleDataGenerator().generate(settings, tmp.resolve("b"));

        Map<String, String> a = digests(tmp.resolve("a"));
        Map<String, String> b = digests(tmp.resolve("b"));
        // + 7: workforce, access_log, roi_requests, authorizations and three privacy truth files (issue 13).
        // + 6: facilities, legal_holds, agreements, vendor_access and two lifecycle truth files (issue 14).
        // + 3: appeals and its two truth files (appeal outcomes, planted appeal defects).
        assertThat(a).hasSize(14 + 7 + 6 + 3);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void anotherSeedGivesOtherData() throws Exception {
        GeneratorSettings first = new GeneratorSettings(400, 3, YearMonth.of(2025, 1), 12, 77L,
                GeneratedSample.REFERENCE, 5);
        GeneratorSettings second = new GeneratorSettings(400, 3, YearMonth.of(2025, 1), 12, 78L,
                GeneratedSample.REFERENCE, 5);

        new SampleDataGenerator().generate(first, tmp.resolve("a"));
        new SampleDataGenerator().generate(second, tmp.resolve("b"));

        Map<String, String> a = digests(tmp.resolve("a"));
        Map<String, String> b = digests(tmp.resolve("b"));
        for (String file : new String[] {"patients.csv", "encounters.csv", "claims.csv",
            "remittance_adjustments.csv", "truth/truth.csv"}) {
            assertThat(b.get(file)).as(file).isNotEqualTo(a.get(file));
        }
    }

    private static Map<String, String> digests(Path dir) throws IOException, NoSuchAlgorithmException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                out.put(dir.relativize(file).toString().replace('\\', '/'), HexFormat.of().formatHex(hash));
            }
        }
        return out;
    }
}
