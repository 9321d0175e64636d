package org.steward.report.section;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.steward.report.config.ReportConfig;
import org.steward.report.core.Format;
import org.steward.report.model.Block;
import org.steward.report.model.Cell;
import org.steward.report.model.HeadlineRow;
import org.steward.report.query.ReportQueries;
import org.steward.report.query.Rows;

/**
 * What every section builder works with: the month, the configuration, the queries, the output folder (to tell
 * whether a job wrote anything for the month) and the headlines collected for the executive summary.
 */
public final class SectionContext {

    private final ReportPeriod period;
    private final ReportConfig config;
    private final ReportQueries queries;
    private final Path output;
    private final List<HeadlineRow> headlines = new ArrayList<>();

    public SectionContext(ReportPeriod period, ReportConfig config, ReportQueries queries, Path output) {
        this.period = period;
        this.config = config;
        this.queries = queries;
        this.output = output;
    }

    public ReportPeriod period() {
        return period;
    }

    public ReportConfig config() {
        return config;
    }

    public Rows query(String name) {
        return queries.run(name);
    }

    /** Whether a job published a table for the report's month: {@code <output>/<table>/period=YYYY-MM/} exists. */
    public boolean published(String table) {
        return Files.isDirectory(output.resolve(table).resolve("period=" + period.text()));
    }

    /** The plain sentence a section shows when its job has not run for the month, with the command that runs it. */
    public String notRun(String job, String table, String runOptions) {
        return "The " + job + " job has not run for " + period.text() + ": there is no " + table + "/period="
                + period.text() + " in the output folder, so this section has nothing to show. Run it with: bin/steward run "
                + job + " --output " + output + " " + runOptions;
    }

    public void headline(HeadlineRow row) {
        headlines.add(row);
    }

    /** A headline against its target in config/report.yml, with last month's value and the change. */
    public HeadlineRow headline(org.steward.report.core.Headline headline, Double value, Double previous, String source,
                                String note) {
        org.steward.report.core.Target target = config.target(headline);
        org.steward.report.core.Mark mark = target.mark(value);
        Format format = headline.format();
        String goal = (target.better() == org.steward.report.core.Better.LOWER ? "at most " : "at least ")
                + format.text(target.target());
        HeadlineRow row = new HeadlineRow(headline.key(), headline.label(), format.text(value), goal, mark.label(),
                mark.css(), format.text(previous), format.change(value, previous), source, note);
        headlines.add(row);
        return row;
    }

    public List<HeadlineRow> headlines() {
        return List.copyOf(headlines);
    }

    /**
     * Trend points for every month from the first with data to the report's month (gaps stay gaps), taking the
     * value, and when named the control chart's center, limits and signal, from rows keyed by {@code period}.
     */
    public List<org.steward.report.chart.TrendChart.Point> points(List<Map<String, Object>> rows, String value,
                                                                   String center, String lower, String upper, String signal) {
        List<org.steward.report.chart.TrendChart.Point> points = new ArrayList<>();
        if (rows.isEmpty()) {
            return points;
        }
        Map<String, Map<String, Object>> byMonth = new java.util.HashMap<>();
        rows.forEach(r -> byMonth.put(Rows.text(r, "period"), r));
        String first = rows.stream().map(r -> Rows.text(r, "period")).min(String::compareTo).orElseThrow();
        for (String month : period.months(first)) {
            Map<String, Object> row = byMonth.get(month);
            if (row == null) {
                points.add(org.steward.report.chart.TrendChart.Point.of(month, null));
                continue;
            }
            String flagged = signal == null ? null : Rows.text(row, signal);
            points.add(new org.steward.report.chart.TrendChart.Point(month, Rows.number(row, value),
                    center == null ? null : Rows.number(row, center), lower == null ? null : Rows.number(row, lower),
                    upper == null ? null : Rows.number(row, upper), flagged != null && !flagged.isBlank()));
        }
        return points;
    }

    /** The row of one month, if the rows have it. */
    public static Map<String, Object> month(Rows rows, String month) {
        return rows.rows().stream().filter(r -> month.equals(Rows.text(r, "period"))).findFirst().orElse(null);
    }

    /** A table of query rows, one column per (header, formatter) pair. */
    public static Block.Table table(String title, Rows rows, List<Column> columns, String empty) {
        List<List<Cell>> cells = new ArrayList<>();
        for (Map<String, Object> row : rows.rows()) {
            cells.add(columns.stream().map(c -> c.cell().apply(row)).toList());
        }
        return new Block.Table(title, columns.stream().map(Column::header).toList(), cells, rows.source(), empty);
    }

    /** A column of a table: its header and how a row becomes its cell. */
    public record Column(String header, Function<Map<String, Object>, Cell> cell) {

        public static Column text(String header, String column) {
            return new Column(header, row -> Cell.plain(Rows.text(row, column)));
        }

        public static Column number(String header, String column, Format format) {
            return new Column(header, row -> Cell.numeric(format.text(Rows.number(row, column))));
        }
    }
}
