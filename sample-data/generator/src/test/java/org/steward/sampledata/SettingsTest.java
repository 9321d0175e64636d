package org.steward.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    private static final Path REF = Path.of("config/reference");

    @Test
    void defaultsAreTheDocumentedSample() {
        GeneratorSettings d = GeneratorSettings.defaults(REF);
        assertThat(d).isEqualTo(new GeneratorSettings(5000, 3, YearMonth.of(2025, 1), 12, 20251L, REF, 10));
    }

    @Test
    void outOfRangeSettingsAreRejectedWithClearMessages() {
        assertThatThrownBy(() -> new GeneratorSettings(0, 3, YearMonth.of(2025, 1), 12, 1, REF, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("persons must be at least 1, was 0");
        assertThatThrownBy(() -> new GeneratorSettings(10, 51, YearMonth.of(2025, 1), 12, 1, REF, 10))
                .hasMessage("facilities must be between 1 and 50, was 51");
        assertThatThrownBy(() -> new GeneratorSettings(10, 0, YearMonth.of(2025, 1), 12, 1, REF, 10))
                .hasMessage("facilities must be between 1 and 50, was 0");
        assertThatThrownBy(() -> new GeneratorSettings(10, 3, YearMonth.of(2025, 1), 121, 1, REF, 10))
                .hasMessage("months must be between 1 and 120, was 121");
        assertThatThrownBy(() -> new GeneratorSettings(10, 3, YearMonth.of(2025, 1), 0, 1, REF, 10))
                .hasMessage("months must be between 1 and 120, was 0");
    }

    @Test
    void commandLineBuildsSettings() {
        GeneratorCommandLine line = GeneratorCommandLine.parse(new String[] {"--persons", "123", "--facilities", "4",
            "--months", "6", "--first-month", "2024-07", "--seed", "9", "--reference", "ref", "--violations", "2",
            "--out", "out"});
        assertThat(line.settings()).isEqualTo(
                new GeneratorSettings(123, 4, YearMonth.of(2024, 7), 6, 9L, Path.of("ref"), 2));
        assertThat(line.outDir()).isEqualTo(Path.of("out"));
        assertThatThrownBy(() -> GeneratorCommandLine.parse(new String[] {"--persons", "many", "--out", "x"}))
                .hasMessage("--persons must be a whole number, was many");
        assertThatThrownBy(() -> GeneratorCommandLine.parse(new String[] {"--persons", "5"}))
                .hasMessage("--out is required");
    }

    @Test
    void commandLinePrintsCountsButNoGeneratedValues(@TempDir Path out) throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int code = SampleDataGenerator.run(new String[] {"--persons", "50", "--facilities", "1", "--months", "2",
            "--reference", GeneratedSample.REFERENCE.toString(), "--out", out.toString()},
                new PrintStream(stdout, true, StandardCharsets.UTF_8), System.err);

        assertThat(code).isZero();
        String printed = stdout.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("patients.csv").contains("generated in");
        String firstPatient = java.nio.file.Files.readAllLines(out.resolve("patients.csv")).get(1);
        String[] fields = firstPatient.split(",");
        assertThat(printed).doesNotContain(fields[1]).doesNotContain(fields[4]).doesNotContain(fields[7]);
    }

    @Test
    void tinyRunsStillWork(@TempDir Path out) throws Exception {
        GenerationSummary summary = new SampleDataGenerator().generate(
                new GeneratorSettings(1, 1, YearMonth.of(2023, 6), 1, 5L, GeneratedSample.REFERENCE, 10), out);
        assertThat(summary.rowsPerFile().get("patients.csv")).isEqualTo(1L);
        assertThat(summary.rowsPerFile().get("truth/truth.csv")).isEqualTo(1L);
    }
}
