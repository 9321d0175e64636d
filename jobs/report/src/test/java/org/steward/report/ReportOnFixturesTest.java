package org.steward.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.period.Period;
import org.steward.platform.testing.TestSettings;
import org.steward.report.config.ReportConfig;
import org.steward.report.testing.HeadlessChromium;

/**
 * The report on outputs no generator of ours made: small Parquet fixtures for the privacy and lifecycle jobs,
 * thirty years of data-quality history at one facility, and an output folder with nothing in it. Given those,
 * when the report runs, then the privacy and lifecycle sections show counts by finding (never an MRN or a
 * user id), a section whose job did not run says so, a long history is cut to the trend window, and the HTML
 * opens in a real browser without errors.
 */
class ReportOnFixturesTest {

    static final Path ROOT = TestSettings.REPOSITORY_ROOT;

    @TempDir
    static Path folder;

    static Path output;
    static MonthlyReport report;

    @BeforeAll
    static void fixtures() throws Exception {
        output = Files.createDirectories(folder.resolve("out"));
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = db.createStatement()) {
            sql.execute("SET file_search_path = '" + output + "'");
            copy(sql, "roi/findings", """
                    SELECT * FROM (VALUES
                      ('F1', 'R-1', 'late_patient_access', 'answered after 30 days', '2026-03'),
                      ('F1', 'R-2', 'late_patient_access', 'answered after 45 days', '2026-03'),
                      ('F2', 'R-3', 'missing_authorization', 'authorization expired', '2026-03'),
                      ('F2', 'R-3', 'missing_authorization', 'second disclosure', '2026-03'),
                      ('F1', 'R-9', 'late_patient_access', 'last month', '2026-02'))
                      t(facility_id, request_id, finding, detail, period)""");
            copy(sql, "access/findings", """
                    SELECT * FROM (VALUES
                      ('F1', 'user-secret-7', 'MRN-SECRET-1', TIMESTAMP '2026-03-02 10:00:00', 'no_encounter_context', 'x', '2026-03'),
                      ('F1', 'user-secret-7', 'MRN-SECRET-2', TIMESTAMP '2026-03-02 10:05:00', 'no_encounter_context', 'x', '2026-03'),
                      ('F1', 'user-secret-8', 'MRN-SECRET-2', TIMESTAMP '2026-03-03 09:00:00', 'no_encounter_context', 'x', '2026-03'),
                      ('F2', 'user-secret-9', 'MRN-SECRET-3', TIMESTAMP '2026-03-04 23:00:00', 'self_access', 'x', '2026-03'))
                      t(facility_id, user_id, mrn, event_time, finding, detail, period)""");
            copy(sql, "retention/records", """
                    SELECT * FROM (VALUES
                      ('F1', 'MRN-SECRET-1', DATE '2010-01-05', DATE '2020-01-05', 'adult_10y', NULL, true, 'TX', DATE '2026-03-31', 'adult_10y', '2026-03'),
                      ('F1', 'MRN-SECRET-2', DATE '2011-06-01', DATE '2021-06-01', 'adult_10y', 'HOLD-1', false, 'TX', DATE '2026-03-31', 'adult_10y', '2026-03'),
                      ('F1', 'MRN-SECRET-3', DATE '2024-06-01', DATE '2034-06-01', 'adult_10y', NULL, false, 'TX', DATE '2026-03-31', 'adult_10y', '2026-03'))
                      t(facility_id, mrn, last_service_date, retain_until, rule, hold_id, eligible, state, as_of, record_rule, period)""");
            copy(sql, "agreements/findings", """
                    SELECT * FROM (VALUES
                      ('A-1', 'Acme Billing', 'expiring', 'ends in 30 days', '2026-03'),
                      ('A-2', 'Data Co', 'missing_clause', 'no breach notification', '2026-03'),
                      ('A-2', 'Data Co', 'expiring', 'ends in 60 days', '2026-03'))
                      t(agreement_id, counterparty, finding, detail, period)""");
            // Thirty years of monthly data-quality scores at one facility: the trend must keep to its window.
            copy(sql, "quality/scores", """
                    SELECT 'encounters' AS table_name, 'F1' AS facility_id, 'completeness' AS dimension, 4 AS checks,
                           95 + (i % 5) AS score, strftime(DATE '1996-04-01' + INTERVAL (i) MONTH, '%Y-%m') AS period
                    FROM range(360) r(i)""");
            copy(sql, "quality/results", """
                    SELECT 'encounters.filled.mrn' AS check_id, 'encounters' AS table_name, 'completeness' AS dimension,
                           'warn' AS severity, 'HIM coding manager' AS owner, 'F1' AS facility_id, 100 AS rows_checked,
                           1 AS rows_failed, 0 AS rows_not_checkable, 0.01 AS failure_rate, 0.005 AS threshold,
                           'warn' AS status, strftime(DATE '1996-04-01' + INTERVAL (i) MONTH, '%Y-%m') AS period
                    FROM range(360) r(i)""");
        }
        ReportConfig config = ReportConfig.load(ROOT.resolve("config/report.yml"), ROOT, ROOT.resolve("reports"));
        report = new MonthlyReport(config, ROOT.resolve("sql"));
    }

    private static void copy(Statement sql, String table, String select) throws Exception {
        Path target = output.resolve(table);
        Files.createDirectories(target.getParent());
        sql.execute("COPY (" + select + ") TO '" + target + "' (FORMAT parquet, PARTITION_BY (period))");
    }

    @Test
    void privacyAndLifecycleShowCountsByFindingAndNeverAPatientOrAUser() throws Exception {
        MonthlyReport.Result result = report.write(output, Optional.of(Period.parse("2026-03")), LocalDate.parse("2026-04-02"));
        String html = Files.readString(result.html());
        String privacy = section(html, "privacy");
        assertThat(row(privacy, "late_patient_access", "F1")).containsExactly("2", "2");
        assertThat(row(privacy, "missing_authorization", "F2")).containsExactly("2", "1");
        assertThat(row(privacy, "no_encounter_context", "F1")).containsExactly("3", "2", "2");
        assertThat(row(privacy, "self_access", "F2")).containsExactly("1", "1", "1");
        String lifecycle = section(html, "lifecycle");
        assertThat(row(lifecycle, "F1", "adult_10y")).startsWith("3", "1", "1");
        assertThat(row(lifecycle, "expiring")).containsExactly("2", "2");
        assertThat(row(lifecycle, "missing_clause")).containsExactly("1", "1");
        assertThat(html).doesNotContain("MRN-SECRET", "user-secret", "Acme Billing", "R-1");
        assertThat(section(html, "mpi")).contains("Not run for this period", "bin/steward run mpi");
        assertThat(section(html, "denials")).contains("Not run for this period", "denials/rates/period=2026-03",
                "bin/steward run denials");
        assertThat(section(html, "summary")).contains("Not run for 2026-03: Master patient index");
        assertThat(headlineValue(html, "initial-denial-rate")).isEqualTo("–");

        MonthlyReport.Result april = report.write(output, Optional.of(Period.parse("2026-04")), LocalDate.parse("2026-05-02"));
        String next = Files.readString(april.html());
        assertThat(section(next, "privacy")).contains("Not run for this period", "roi/findings/period=2026-04");
        assertThat(section(next, "lifecycle")).contains("Not run for this period", "retention/records/period=2026-04");
    }

    @Test
    void thirtyYearsOfHistoryAreCutToTheTrendWindow() throws Exception {
        MonthlyReport.Result result = report.write(output, Optional.of(Period.parse("2026-03")), LocalDate.parse("2026-04-02"));
        String quality = section(Files.readString(result.html()), "quality");
        String trend = quality.substring(quality.indexOf("Data-quality score by month"));
        trend = trend.substring(0, trend.indexOf("</svg>"));
        assertThat(trend.split("class=\"point\"", -1).length - 1).isEqualTo(24);
        assertThat(trend).contains(">2024-04<").doesNotContain(">2024-03<", ">1996-04<");
        // 2026-03 is month 360 (i = 359): 95 + 359 % 5 = 99; the month before 98.
        assertThat(headlineValue(Files.readString(result.html()), "quality-score")).isEqualTo("99.0");
        assertThat(quality).contains("encounters.filled.mrn", "HIM coding manager");
    }

    @Test
    void anOutputFolderWithNothingInItGivesAnHonestReportAndAPdf() throws Exception {
        Path empty = Files.createDirectories(folder.resolve("empty"));
        MonthlyReport.Result result = report.write(empty, Optional.of(Period.parse("2025-06")), LocalDate.parse("2025-07-01"));
        String html = Files.readString(result.html());
        assertThat(result.sectionsNotRun()).isEqualTo(7);
        for (String id : new String[] {"mpi", "quality", "casemix", "cdi", "denials", "privacy", "lifecycle"}) {
            assertThat(section(html, id)).as(id).contains("Not run for this period");
        }
        assertThat(section(html, "governance")).contains("0 of 9 job outputs were published for 2025-06");
        try (PDDocument pdf = Loader.loadPDF(result.pdf().toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
        }
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(result.pdf()))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("Not run for this period");
        }
    }

    @Test
    void theReportOpensInARealBrowserWithoutErrorsAndShowsEverySection() throws Exception {
        HeadlessChromium.assumeAvailable();
        MonthlyReport.Result result = report.write(output, Optional.of(Period.parse("2026-03")), LocalDate.parse("2026-04-02"));
        HeadlessChromium.Page page = HeadlessChromium.load(result.html(), Files.createDirectories(folder.resolve("browser")));
        assertThat(page.errors()).isEmpty();
        for (String id : new String[] {"summary", "mpi", "quality", "casemix", "cdi", "denials", "privacy", "lifecycle", "governance"}) {
            assertThat(page.dom()).contains("data-section=\"" + id + "\"");
        }
        assertThat(page.dom()).contains("<svg", "no_encounter_context");
    }

    /** The HTML of one section. */
    static String section(String html, String id) {
        int start = html.indexOf("data-section=\"" + id + "\"");
        assertThat(start).as("section " + id).isNotNegative();
        int end = html.indexOf("</section>", start);
        return html.substring(start, end);
    }

    /** The value cell of a headline. */
    static String headlineValue(String html, String key) {
        Matcher m = Pattern.compile("data-headline=\"" + key + "\">.*?<td class=\"num value\">([^<]*)</td>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("headline " + key).isTrue();
        return m.group(1);
    }

    /** The numeric cells of the table row whose first cells are {@code keys}. */
    static java.util.List<String> row(String html, String... keys) {
        StringBuilder start = new StringBuilder("<tr>");
        for (String key : keys) {
            start.append("<td>").append(key).append("</td>");
        }
        int at = html.indexOf(start.toString());
        assertThat(at).as("row " + String.join(", ", keys)).isNotNegative();
        String row = html.substring(at, html.indexOf("</tr>", at));
        Matcher m = Pattern.compile("<td class=\"num\">([^<]*)</td>").matcher(row);
        java.util.List<String> cells = new java.util.ArrayList<>();
        while (m.find()) {
            cells.add(m.group(1));
        }
        return cells;
    }
}
