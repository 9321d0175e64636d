package org.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.app.ExitCodes;
import org.steward.sampledata.GeneratorSettings;
import org.steward.sampledata.SampleDataGenerator;

/**
 * A new user's path through the CLI on generated data: generate, run, query, status, re-run. Checked
 * against the generator's ground truth: exactly the rows it broke on purpose are quarantined.
 */
class EndToEndTest {

    private static final Path HOME = Path.of("../..").toAbsolutePath().normalize();

    @TempDir
    static Path folder;

    static Path input;
    static Path config;

    @BeforeAll
    static void generateAndConfigure() throws Exception {
        System.setProperty("steward.home", HOME.toString());
        input = folder.resolve("input");
        new SampleDataGenerator().generate(new GeneratorSettings(400, 3, YearMonth.of(2025, 1), 4, 7L,
                HOME.resolve("config/reference"), 5), input);
        String settings = Files.readString(HOME.resolve("config/steward.yml"))
                .replace("${STEWARD_HOME}/var/job-repository", folder.resolve("job-repository").toString())
                .replaceAll("chunk-megabytes: [0-9]+", "chunk-megabytes: 1");
        config = Files.writeString(folder.resolve("steward.yml"), settings);
    }

    @Test
    void runQuarantinesExactlyTheInjectedViolationsAndQueriesSeeTheRest() throws Exception {
        Path output = folder.resolve("out");
        CliRun run = CliRun.of("run", "stage", "--input", input.toString(), "--output", output.toString(),
                "--config", config.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("stage all: COMPLETED");

        Set<String> injected = new HashSet<>();
        try (CsvReader<NamedCsvRecord> truth = CsvReader.builder().ofNamedCsvRecord(input.resolve("truth/contract_violations.csv"))) {
            truth.forEach(r -> injected.add(r.getField("file") + ":" + r.getField("line")));
        }
        assertThat(injected).hasSize(20);
        CliRun quarantined = CliRun.of("query", "SELECT file || ':' || line AS at FROM stg_quarantine ORDER BY 1",
                "--output", output.toString(), "--csv");
        assertThat(quarantined.exitCode()).as(quarantined.err()).isZero();
        Set<String> found = new HashSet<>(quarantined.out().lines().skip(1).toList());
        assertThat(found).isEqualTo(injected);

        long patientRows = Files.lines(input.resolve("truth/truth.csv")).count() - 1;
        CliRun patients = CliRun.of("query", "SELECT count(*) AS n FROM stg_patients", "--output", output.toString(), "--csv");
        assertThat(patients.out().lines().skip(1).findFirst()).contains(Long.toString(patientRows));

        CliRun balance = CliRun.of("query", "SELECT sum(t.rows_read) = sum(t.rows_written) + sum(t.rows_quarantined) "
                + "+ sum(t.rows_out_of_scope) AS balanced FROM (SELECT unnest(tables) AS t FROM stg_runs)",
                "--output", output.toString(), "--csv");
        assertThat(balance.out()).contains("true");

        CliRun again = CliRun.of("run", "stage", "--input", input.toString(), "--output", output.toString(),
                "--config", config.toString());
        assertThat(again.exitCode()).isZero();
        CliRun afterRerun = CliRun.of("query", "SELECT count(*) AS n FROM stg_patients", "--output", output.toString(), "--csv");
        assertThat(afterRerun.out().lines().skip(1).findFirst()).contains(Long.toString(patientRows));

        CliRun status = CliRun.of("status", "--config", config.toString());
        assertThat(status.exitCode()).isZero();
        for (CliRun finished : List.of(run, again)) {
            Matcher execution = Pattern.compile("\\(execution (\\d+)\\)").matcher(finished.out());
            assertThat(execution.find()).isTrue();
            assertThat(status.out().lines()).anyMatch(l -> l.matches(execution.group(1) + " +\\| stage +\\| all +\\| +\\| COMPLETED .*"));
        }
    }

    @Test
    void aCasemixRunForOnePeriodReplacesThatPeriodAndLeavesTheOthers() throws Exception {
        Path output = folder.resolve("casemix");
        assertThat(CliRun.of("run", "stage", "--input", input.toString(), "--output", output.toString(), "--config",
                config.toString()).exitCode()).isZero();
        CliRun all = CliRun.of("run", "casemix", "--output", output.toString(), "--config", config.toString(),
                "--as-of", "2025-06-01");
        assertThat(all.exitCode()).as(all.err()).isZero();
        String count = "SELECT period, count(*) AS n, sum(priced_discharges) AS priced FROM stg_casemix_cmi "
                + "WHERE dimension = 'all' GROUP BY 1 ORDER BY 1";
        String before = CliRun.of("query", count, "--output", output.toString(), "--csv").out();
        assertThat(before.lines().skip(1).toList()).hasSizeGreaterThanOrEqualTo(4).anyMatch(l -> l.startsWith("2025-02,"));

        Path february = output.resolve("casemix/cmi/period=2025-02");
        Path march = output.resolve("casemix/cmi/period=2025-03");
        long marchWritten = Files.getLastModifiedTime(march).toMillis();
        CliRun one = CliRun.of("run", "casemix", "--period", "2025-02", "--output", output.toString(), "--config",
                config.toString(), "--as-of", "2025-06-01");
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(one.out()).contains("casemix 2025-02: COMPLETED");
        assertThat(february).isDirectory();
        assertThat(Files.getLastModifiedTime(march).toMillis()).as("other periods untouched").isEqualTo(marchWritten);
        assertThat(CliRun.of("query", count, "--output", output.toString(), "--csv").out()).isEqualTo(before);
    }

    @Test
    void aFileThatCannotBeParsedFailsTheRunWithExitTwoAndRestartsOnceFixed() throws Exception {
        Path broken = Files.createDirectories(folder.resolve("broken"));
        String header = "facility_id,claim_id,encounter_id,payer_id,payer_name,submitted_date,billed_amount\n";
        Files.writeString(broken.resolve("claims.csv"), header + "F1,C1,E1,MCR,\"Medicare,2025-01-01,1.00\n");
        Path output = folder.resolve("broken-out");
        CliRun run = CliRun.of("run", "stage", "--input", broken.toString(), "--output", output.toString(),
                "--period", "2025-01", "--config", config.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).contains("stage 2025-01: FAILED", "claims.csv: a quoted field is opened and never closed");

        Files.writeString(broken.resolve("claims.csv"), header + "F1,C1,E1,MCR,Medicare,2025-01-01,1.00\n");
        CliRun restart = CliRun.of("restart", "stage", "--period", "2025-01", "--output", output.toString(),
                "--config", config.toString());
        assertThat(restart.exitCode()).as(restart.err()).isZero();
        assertThat(restart.out()).contains("restarting execution", "stage 2025-01: COMPLETED");
        CliRun claims = CliRun.of("query", "SELECT claim_id, billed_amount FROM stg_claims", "--output", output.toString(), "--csv");
        assertThat(claims.out()).contains("C1,1.00");
    }

    @Test
    void restartWithNothingFailedIsAUsageError() {
        CliRun restart = CliRun.of("restart", "stage", "--period", "2031-01", "--config", config.toString());
        assertThat(restart.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(restart.err()).contains("no run of stage for 2031-01 to restart");
    }

    @Test
    void demoRunsEveryJobAndShowsExampleQueries() throws Exception {
        Path output = folder.resolve("demo");
        CliRun demo = CliRun.of("demo", "--input", input.toString(), "--output", output.toString(), "--config",
                config.toString());
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("stage all: COMPLETED", "mpi all: COMPLETED", "quality all: COMPLETED",
                "casemix all: COMPLETED", "denials all: COMPLETED", "cmi_signal", "agreement_rate", "recoverable",
                "Outputs are in " + output, "bin/steward query", "registrations", "duplicate_pct", "check_results",
                "would exit with code 4");
        // The jobs run side by side once what they read is there, yet their lines read in the catalog's order, as
        // when they ran one after the other, the audits and the report under the month's heading.
        Matcher line = Pattern.compile("(?m)^(Audits and the governance report|[a-z-]+ \\S+: COMPLETED)").matcher(demo.out());
        List<String> lines = new ArrayList<>();
        while (line.find()) {
            lines.add(line.group(1).split(" ")[0]);
        }
        assertThat(lines).containsExactly("stage", "mpi", "quality", "casemix", "denials", "Audits", "retention",
                "agreements", "roi", "access-audit", "report");
        CliRun evaluate = CliRun.of("evaluate", "mpi", "--truth", input.resolve("truth/truth.csv").toString(),
                "--output", output.toString());
        assertThat(evaluate.exitCode()).as(evaluate.err()).isZero();
        Matcher f1 = Pattern.compile("pairwise precision (\\S+)  recall (\\S+)  F1 (\\S+)").matcher(evaluate.out());
        assertThat(f1.find()).as(evaluate.out()).isTrue();
        // The accuracy targets are asserted on the default sample (MpiJobTruthTest); on this
        // 400-person set the evaluation path is checked, with a floor well above chance.
        assertThat(Double.parseDouble(f1.group(1))).isGreaterThanOrEqualTo(0.95);
        assertThat(Double.parseDouble(f1.group(3))).isGreaterThanOrEqualTo(0.95);
        long registrations = Files.lines(input.resolve("truth/truth.csv")).count() - 1;
        assertThat(evaluate.out()).contains(String.format("registrations scored: %,d (only in the index: 0, only in the truth: 0)",
                registrations));

        // A steward reads the model the run estimated: fields, levels, m, u, weights, the prior, the fingerprint.
        CliRun model = CliRun.of("mpi", "model", "--output", output.toString(), "--config", config.toString());
        assertThat(model.exitCode()).as(model.err()).isZero();
        assertThat(model.out()).contains("MPI model: ", "settings fingerprint: ", "and its reference files are the same",
                "prior: ", "log2 odds -", "field", "level", "m", "u", "match weight", "birth_date", "day_month_swapped",
                "household", "same_address_and_phone", "term frequencies: exact agreement on first_name");
        assertThat(model.out()).containsPattern("(?m)^ssn +\\| exact +\\| 0\\.\\d+ +\\| [0-9.e-]+ +\\| \\+\\d+\\.\\d\\d");
    }

    @Test
    void failedErrorChecksExitWithFourAfterEveryOutputIsWritten() {
        Path output = folder.resolve("checked");
        CliRun run = CliRun.of("run", "quality", "stage", "--input", input.toString(), "--output", output.toString(),
                "--config", config.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.CHECKS_FAILED);
        assertThat(run.out().indexOf("stage all: COMPLETED")).isLessThan(run.out().indexOf("quality all: COMPLETED"));
        CliRun failing = CliRun.of("query", "SELECT count(*) AS n FROM stg_quality_results WHERE status = 'fail'",
                "--output", output.toString(), "--csv");
        assertThat(Long.parseLong(failing.out().lines().skip(1).findFirst().orElseThrow())).isPositive();
    }

    @Test
    void aBrokenRuleFileStopsTheRunBeforeItStarts() throws Exception {
        Path rules = Files.createDirectories(folder.resolve("rules"));
        Files.writeString(rules.resolve("claims.yml"), "table: claims\nchecks:\n  - id: claims.x\n    dimension: completeness\n"
                + "    check: not_nul\n    column: claim_id\n    severity: warn\n    threshold: 0\n    owner: x\n    description: d\n");
        Path brokenConfig = Files.writeString(folder.resolve("broken-rules.yml"), Files.readString(config)
                .replace("${STEWARD_HOME}/config/quality", rules.toString()));
        CliRun run = CliRun.of("run", "quality", "--output", folder.resolve("never").toString(), "--config",
                brokenConfig.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(rules.resolve("claims.yml") + ":5: 'checks[0].check' must be a built-in check type");
    }
}
