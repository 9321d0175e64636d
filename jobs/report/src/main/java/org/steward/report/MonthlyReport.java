package org.steward.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.steward.core.period.Period;
import org.steward.platform.duckdb.DuckDbViews;
import org.steward.report.config.ReportConfig;
import org.steward.report.model.Report;
import org.steward.report.query.ReportQueries;
import org.steward.report.query.Rows;
import org.steward.report.render.HtmlRenderer;
import org.steward.report.render.PdfRenderer;
import org.steward.report.render.ReportFiles;
import org.steward.report.section.ReportBuilder;
import org.steward.report.section.ReportPeriod;
import org.steward.report.section.SectionContext;

/**
 * Makes one month's report from an output folder: the views of sql/ over the jobs' Parquet (DuckDB, always:
 * the report reads Parquet), the queries of sql/report, the template, then the HTML and the PDF written atomically.
 */
public final class MonthlyReport {

    /** What a run wrote. */
    public record Result(String period, Path html, Path pdf, int sections, int sectionsNotRun) {
    }

    private final ReportConfig config;
    private final Path sql;

    public MonthlyReport(ReportConfig config, Path sql) {
        this.config = config;
        this.sql = sql;
    }

    /**
     * Writes the report of {@code period}, or when none is given of the latest complete month: the latest month
     * before the run date's month that holds staged encounters.
     */
    public Result write(Path output, Optional<Period> period, LocalDate asOf) throws SQLException, IOException {
        try (DuckDbViews views = DuckDbViews.open(output, sql)) {
            Period month = period.orElseGet(() -> latestComplete(views, asOf));
            ReportPeriod reportPeriod = new ReportPeriod(month, config.trendMonths());
            ReportQueries queries = new ReportQueries(views.connection(), sql, Map.of(
                    "period", reportPeriod.text(), "previous_period", reportPeriod.previous(),
                    "window_start", reportPeriod.windowStart(), "top_rows", String.valueOf(config.topRows()),
                    "as_of_month", Period.of(asOf).toString()));
            SectionContext context = new SectionContext(reportPeriod, config, queries, output.toAbsolutePath().normalize());
            Report report = ReportBuilder.build(context, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                    output.toAbsolutePath().normalize().toString());
            String html = new HtmlRenderer(config.templates()).render(report);
            Path htmlFile = ReportFiles.html(output, month.toString());
            Path pdfFile = ReportFiles.pdf(output, month.toString());
            ReportFiles.write(htmlFile, html.getBytes(StandardCharsets.UTF_8));
            ReportFiles.write(pdfFile, PdfRenderer.render(html));
            int notRun = (int) report.sections().stream().filter(s -> !s.ran()).count();
            return new Result(month.toString(), htmlFile, pdfFile, report.sections().size(), notRun);
        }
    }

    /** The month a report run without --period covers (see {@link #write}), for callers that print where it went. */
    public static Period latestComplete(Path output, Path sql, LocalDate asOf) throws SQLException {
        try (DuckDbViews views = DuckDbViews.open(output, sql)) {
            return new MonthlyReport(null, sql).latestComplete(views, asOf);
        }
    }

    Period latestComplete(DuckDbViews views, LocalDate asOf) {
        try {
            ReportQueries queries = new ReportQueries(views.connection(), sql,
                    Map.of("as_of_month", Period.of(asOf).toString()));
            Rows rows = queries.run("report_period");
            String text = rows.isEmpty() ? null : Rows.text(rows.first(), "period");
            if (text == null) {
                throw new org.steward.platform.settings.ConfigException("no --period given and no staged encounters before "
                        + Period.of(asOf) + " to take the latest complete month from: give --period YYYY-MM");
            }
            return Period.parse(text);
        } catch (SQLException e) {
            throw new IllegalStateException("report period: " + e.getMessage(), e);
        }
    }
}
