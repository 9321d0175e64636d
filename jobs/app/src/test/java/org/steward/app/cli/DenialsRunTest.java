package org.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.app.ExitCodes;
import org.steward.app.bench.DuckDbQualityReference;
import org.steward.app.bench.JobTotals;
import org.steward.sampledata.GeneratorSettings;
import org.steward.sampledata.SampleDataGenerator;

/**
 * The denials job through the CLI, as a scheduler runs it: given staged data, when {@code run denials} runs,
 * then it completes, writes every output by submission month, the committee's mart reads them, and a run for
 * one period replaces that period only. A broken mapping stops the run before it starts (exit 2).
 */
class DenialsRunTest {

    private static final Path HOME = Path.of("../..").toAbsolutePath().normalize();

    @TempDir
    static Path folder;

    static Path config;
    static Path output;

    @BeforeAll
    static void generateAndStage() throws Exception {
        System.setProperty("steward.home", HOME.toString());
        Path input = folder.resolve("input");
        new SampleDataGenerator().generate(new GeneratorSettings(400, 3, YearMonth.of(2025, 1), 4, 7L,
                HOME.resolve("config/reference"), 5), input);
        config = Files.writeString(folder.resolve("steward.yml"), Files.readString(HOME.resolve("config/steward.yml"))
                .replace("${STEWARD_HOME}/var/job-repository", folder.resolve("job-repository").toString()));
        output = folder.resolve("out");
        CliRun stage = CliRun.of("run", "stage", "--input", input.toString(), "--output", output.toString(),
                "--config", config.toString());
        assertThat(stage.exitCode()).as(stage.err()).isZero();
        CliRun others = CliRun.of("run", "mpi", "quality", "--output", output.toString(), "--config", config.toString(),
                "--as-of", "2025-12-31");
        assertThat(others.exitCode()).as(others.err()).isIn(ExitCodes.OK, ExitCodes.CHECKS_FAILED);
    }

    @Test
    void aDenialsRunWritesEveryOutputAndARunForOnePeriodReplacesOnlyThatPeriod() throws Exception {
        CliRun all = CliRun.of("run", "denials", "--output", output.toString(), "--config", config.toString(),
                "--as-of", "2025-12-31");
        assertThat(all.exitCode()).as(all.err()).isEqualTo(ExitCodes.OK);
        assertThat(all.out()).contains("denials all: COMPLETED");
        for (String name : new String[] {"claims", "rates", "pareto", "control_chart", "mix_shift", "fix_list", "evidence",
            "appeals"}) {
            assertThat(output.resolve("denials/" + name + "/period=2025-02")).as(name).isDirectory();
        }
        String monthly = "SELECT period, sum(claims) AS claims, sum(denied_claims) AS denied FROM mart_denials_monthly "
                + "GROUP BY 1 ORDER BY 1";
        CliRun before = CliRun.of("query", monthly, "--output", output.toString(), "--csv");
        assertThat(before.exitCode()).as(before.err()).isZero();
        assertThat(before.out().lines().skip(1).toList()).hasSizeGreaterThanOrEqualTo(4)
                .anyMatch(l -> l.startsWith("2025-02,"));

        // The bench's hand-written DuckDB SQL (bench/denials-reference.sql) finds the same totals, and writes the same
        // denied claims, rates, Pareto and appeals, row for row.
        Path written = Files.createDirectories(folder.resolve("reference-out"));
        DuckDbQualityReference.Result reference = DuckDbQualityReference.script("/bench/denials-reference.sql", output,
                HOME.resolve("config/reference"), LocalDate.parse("2025-12-31"), written);
        Map<String, Long> ours = JobTotals.DENIALS.of(output);
        assertThat(ours).isEqualTo(reference.failed());
        assertThat(ours.get("denied_claims")).isPositive();
        for (String name : List.of("claims", "rates", "pareto", "appeals")) {
            String job = "SELECT * FROM read_parquet('" + output.resolve("denials/" + name) + "/*/*.parquet', "
                    + "hive_partitioning = true)";
            String hand = job.replace(output.resolve("denials/" + name).toString(), written.resolve("denials/" + name).toString());
            assertThat(DuckDbQualityReference.count(output, "SELECT count(*) FROM (" + job + ")")).as(name).isPositive();
            assertThat(DuckDbQualityReference.count(output, "SELECT count(*) FROM (" + job + " EXCEPT ALL " + hand + ")"))
                    .as(name + " rows only the job wrote").isZero();
            assertThat(DuckDbQualityReference.count(output, "SELECT count(*) FROM (" + hand + " EXCEPT ALL " + job + ")"))
                    .as(name + " rows only the reference wrote").isZero();
        }

        CliRun hfma = CliRun.of("query", "SELECT count(*) FROM mart_denials_monthly WHERE hfma_denial_rate IS NOT NULL",
                "--output", output.toString(), "--csv");
        assertThat(hfma.out().lines().skip(1).findFirst()).as(hfma.err()).isPresent().get().isNotEqualTo("0");
        CliRun evidence = CliRun.of("query", "SELECT DISTINCT evidence FROM mart_denials_evidence ORDER BY 1",
                "--output", output.toString(), "--csv");
        assertThat(evidence.out().lines().skip(1).toList()).as(evidence.err())
                .containsExactly("dq_failing_encounter", "mpi_duplicate_patient");

        Path march = output.resolve("denials/rates/period=2025-03");
        long marchWritten = Files.getLastModifiedTime(march).toMillis();
        CliRun one = CliRun.of("run", "denials", "--period", "2025-02", "--output", output.toString(), "--config",
                config.toString(), "--as-of", "2025-12-31");
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(one.out()).contains("denials 2025-02: COMPLETED");
        assertThat(Files.getLastModifiedTime(march).toMillis()).as("other periods untouched").isEqualTo(marchWritten);
        assertThat(CliRun.of("query", monthly, "--output", output.toString(), "--csv").out()).isEqualTo(before.out());
    }

    /** appeals.csv is optional: without it the run says so once, and every other figure is what it was. */
    @Test
    void withoutAppealsTheRunSaysSoOnceAndNothingElseChanges() throws Exception {
        Path input = Files.createDirectories(folder.resolve("no-appeals"));
        for (String file : List.of("claims.csv", "remittance_adjustments.csv")) {
            Files.copy(folder.resolve("input").resolve(file), input.resolve(file));
        }
        Path bare = folder.resolve("no-appeals-out");
        CliRun stage = CliRun.of("run", "stage", "--input", input.toString(), "--output", bare.toString(), "--config",
                config.toString());
        assertThat(stage.exitCode()).as(stage.err()).isZero();
        // The run's log goes to the console (Spring Boot configures logging at each start).
        PrintStream console = System.out;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setOut(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            for (Path out : List.of(bare, output)) {
                CliRun run = CliRun.of("run", "denials", "--output", out.toString(), "--config", config.toString(),
                        "--as-of", "2025-12-31");
                assertThat(run.exitCode()).as(run.err()).isZero();
            }
        } finally {
            System.setOut(console);
        }
        assertThat(log.toString(StandardCharsets.UTF_8).split("no appeals staged", -1)).hasSize(2);
        assertThat(bare.resolve("denials/rates")).isDirectory();
        if (Files.exists(bare.resolve("denials/appeals"))) {
            try (var files = Files.walk(bare.resolve("denials/appeals"))) {
                assertThat(files.filter(f -> f.toString().endsWith(".parquet"))).isEmpty();
            }
        }
        CliRun appealed = CliRun.of("query", "SELECT (SELECT count(*) FROM stg_denials_claims WHERE appealed IS NOT NULL) "
                + "AS known, (SELECT count(*) FROM stg_denials_fix_list WHERE decided_appeals IS NOT NULL) AS observed",
                "--output", bare.toString(), "--csv");
        assertThat(appealed.out().lines().skip(1).toList()).as(appealed.err()).containsExactly("0,0");
        String monthly = "SELECT * FROM mart_denials_monthly ORDER BY ALL";
        String with = CliRun.of("query", monthly, "--output", output.toString(), "--csv").out();
        assertThat(CliRun.of("query", monthly, "--output", bare.toString(), "--csv").out()).isEqualTo(with)
                .contains("2025-02");
    }

    @Test
    void aMappingThatNamesACodeMissingFromTheReferenceStopsTheRunAtStartUp() throws Exception {
        Path mapping = Files.writeString(folder.resolve("carc-categories.yml"),
                Files.readString(HOME.resolve("config/denials/carc-categories.yml")).replace("carc: \"197\"", "carc: \"1970\""));
        Path settings = Files.writeString(folder.resolve("denials.yml"), Files.readString(HOME.resolve("config/denials.yml"))
                .replace("${STEWARD_HOME}/config/denials/carc-categories.yml", mapping.toString()));
        Path broken = Files.writeString(folder.resolve("steward-broken.yml"), Files.readString(config)
                .replace("${STEWARD_HOME}/config/denials.yml", settings.toString()));
        CliRun run = CliRun.of("run", "denials", "--output", output.toString(), "--config", broken.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err() + run.out()).contains("carc-categories.yml:", "'1970' is not in the CARC list");
    }
}
