package org.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.app.ExitCodes;
import org.steward.report.core.Format;
import org.steward.report.testing.HeadlessChromium;
import org.steward.sampledata.GeneratorSettings;
import org.steward.sampledata.SampleDataGenerator;

/**
 * The monthly report through the CLI on outputs of the real jobs: given generated data staged and run through
 * mpi, quality, casemix and denials, when {@code run report --period 2025-04} runs, then it completes, writes
 * an HTML file and a PDF under reports/2025-04, every headline equals what the views say, the PDF is a real
 * PDF of several pages, and the HTML opens in a real browser showing every section.
 */
class ReportRunTest {

    private static final Path HOME = Path.of("../..").toAbsolutePath().normalize();
    private static final String PERIOD = "2025-04";

    @TempDir
    static Path folder;

    static Path config;
    static Path output;
    static CliRun report;

    @BeforeAll
    static void runTheJobsThenTheReport() throws Exception {
        System.setProperty("steward.home", HOME.toString());
        Path input = folder.resolve("input");
        new SampleDataGenerator().generate(new GeneratorSettings(400, 3, YearMonth.of(2025, 1), 4, 7L,
                HOME.resolve("config/reference"), 5), input);
        // The rules of the five tables the generated data has: rule files of other jobs' tables are their tests' concern.
        Path rules = Files.createDirectories(folder.resolve("quality-rules"));
        for (String table : List.of("patients", "encounters", "claims", "remittance_adjustments", "cdi_queries")) {
            Files.copy(HOME.resolve("config/quality/" + table + ".yml"), rules.resolve(table + ".yml"));
        }
        config = Files.writeString(folder.resolve("steward.yml"), Files.readString(HOME.resolve("config/steward.yml"))
                .replace("${STEWARD_HOME}/var/job-repository", folder.resolve("job-repository").toString())
                .replace("rules: ${STEWARD_HOME}/config/quality", "rules: " + rules));
        output = folder.resolve("out");
        CliRun stage = CliRun.of("run", "stage", "--input", input.toString(), "--output", output.toString(),
                "--config", config.toString());
        assertThat(stage.exitCode()).as(stage.err()).isZero();
        // Run on the first day after the month, as a monthly schedule would: the MPI run then covers all of April.
        CliRun jobs = CliRun.of("run", "mpi", "quality", "casemix", "denials", "--output", output.toString(),
                "--config", config.toString(), "--as-of", "2025-05-01");
        assertThat(jobs.exitCode()).as(jobs.err()).isIn(ExitCodes.OK, ExitCodes.CHECKS_FAILED);
        report = CliRun.of("run", "report", "--period", PERIOD, "--output", output.toString(), "--config", config.toString());
    }

    @Test
    void theReportCompletesAndEveryHeadlineIsWhatItsQuerySays() throws Exception {
        assertThat(report.exitCode()).as(report.err() + report.out()).isEqualTo(ExitCodes.OK);
        Path html = output.resolve("reports/" + PERIOD + "/report-" + PERIOD + ".html");
        String text = Files.readString(html);

        assertThat(headline(text, "duplicate-rate")).isEqualTo(Format.PERCENT.text(number(
                "SELECT duplicate_rate FROM stg_mpi_metrics WHERE as_of = DATE '2025-05-01' AND facility_id = 'ALL'")));
        assertThat(headline(text, "duplicate-creation-rate")).isEqualTo(Format.PERCENT.text(number(
                "SELECT duplicate_creation_rate FROM stg_mpi_metrics WHERE as_of = DATE '2025-05-01' AND facility_id = 'ALL'")));
        assertThat(headline(text, "initial-denial-rate")).isEqualTo(Format.PERCENT.text(number(
                "SELECT sum(denied_claims) / sum(adjudicated_claims) FROM stg_denials_rates WHERE dimension = 'all' "
                        + "AND period = '" + PERIOD + "'")));
        assertThat(headline(text, "cdi-response-rate")).isEqualTo(Format.PERCENT.text(number(
                "SELECT sum(answered) / sum(queries - pending_in_window) FROM stg_cdi_rates WHERE dimension = 'all' "
                        + "AND period = '" + PERIOD + "'")));
        assertThat(headline(text, "cmi")).isEqualTo(Format.RATIO.text(number(
                "SELECT sum(sum_weight) / sum(priced_discharges) FROM stg_casemix_cmi WHERE dimension = 'all' "
                        + "AND period = '" + PERIOD + "'")));
        assertThat(headline(text, "quality-score")).isEqualTo(Format.SCORE.text(number(
                "SELECT sum(score * checks) / sum(checks) FROM stg_quality_scores WHERE period = '" + PERIOD + "'")));
        // Every section of the original jobs has data; the privacy and lifecycle jobs were not run and say so.
        for (String id : List.of("mpi", "quality", "casemix", "cdi", "denials")) {
            assertThat(section(text, id)).as(id).doesNotContain("Not run for this period").contains("sql/report/");
        }
        for (String id : List.of("quality", "casemix", "cdi", "denials")) {
            assertThat(section(text, id)).as(id).contains("<svg");
        }
        // One MPI run is no trend: the section says so instead of drawing a single point.
        assertThat(section(text, "mpi")).contains("No trend yet", "MPI run of 2025-05-01").doesNotContain("<svg");
        assertThat(section(text, "privacy")).contains("Not run for this period", "bin/steward run roi access-audit");
        assertThat(section(text, "lifecycle")).contains("Not run for this period");

        try (PDDocument pdf = Loader.loadPDF(output.resolve("reports/" + PERIOD + "/report-" + PERIOD + ".pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
        }
    }

    @Test
    void theReportOpensInARealBrowserAndShowsEverySection() throws Exception {
        HeadlessChromium.assumeAvailable();
        assertThat(report.exitCode()).as(report.err()).isEqualTo(ExitCodes.OK);
        Path html = output.resolve("reports/" + PERIOD + "/report-" + PERIOD + ".html");
        HeadlessChromium.Page page = HeadlessChromium.load(html, Files.createDirectories(folder.resolve("browser")));
        assertThat(page.errors()).isEmpty();
        for (String id : List.of("summary", "mpi", "quality", "casemix", "cdi", "denials", "privacy", "lifecycle", "governance")) {
            assertThat(page.dom()).contains("data-section=\"" + id + "\"");
        }
        Path png = folder.resolve("report.png");
        HeadlessChromium.screenshot(html, png, 1100, 1600, folder);
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    @Test
    void everyCompletedJobLeavesASummaryForTheRunHistory() {
        CliRun query = CliRun.of("query", "SELECT job FROM stg_runs WHERE rows_written > 0 GROUP BY job ORDER BY job",
                "--output", output.toString(), "--csv");
        assertThat(query.exitCode()).as(query.err()).isZero();
        assertThat(query.out().lines().skip(1).toList())
                .containsExactly("casemix", "denials", "mpi", "quality", "report", "stage");
    }

    private static double number(String sql) {
        CliRun query = CliRun.of("query", sql, "--output", output.toString(), "--csv");
        assertThat(query.exitCode()).as(query.err()).isZero();
        return Double.parseDouble(query.out().lines().skip(1).findFirst().orElseThrow());
    }

    private static String headline(String html, String key) {
        Matcher m = Pattern.compile("data-headline=\"" + key + "\">.*?<td class=\"num value\">([^<]*)</td>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("headline " + key).isTrue();
        return m.group(1);
    }

    private static String section(String html, String id) {
        int start = html.indexOf("data-section=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }
}
