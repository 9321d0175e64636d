package org.steward.report.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.steward.report.chart.HeatMap;
import org.steward.report.chart.TrendChart;
import org.steward.report.core.Format;
import org.steward.report.core.Headline;
import org.steward.report.model.Block;
import org.steward.report.model.Cell;
import org.steward.report.model.Section;
import org.steward.report.query.Rows;
import org.steward.report.section.SectionContext.Column;

/** Data quality: the scorecard by dimension and facility, new regressions, and the top failing checks with owners. */
final class QualitySection {

    static final String ID = "quality";
    static final String TITLE = "Data quality";

    private QualitySection() {
    }

    static Section build(SectionContext context) {
        String lead = "How well the month's data meets the checks in config/quality, scored 0-100 per Kahn dimension "
                + "(conformance, completeness, plausibility), what got worse, and who owns each failing check.";
        if (!context.published("quality/results")) {
            context.headline(Headline.QUALITY_SCORE, null, null, "sql/report/quality_score_trend.sql", "quality not run for the month");
            return Section.skipped(ID, TITLE, lead, context.notRun("quality", "quality/results", "--period " + context.period().text()));
        }
        Rows trend = context.query("quality_score_trend");
        Map<String, Object> current = SectionContext.month(trend, context.period().text());
        Map<String, Object> previous = SectionContext.month(trend, context.period().previous());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Headlines(List.of(context.headline(Headline.QUALITY_SCORE,
                current == null ? null : Rows.number(current, "score"), previous == null ? null : Rows.number(previous, "score"),
                trend.source(), current == null ? null : Format.COUNT.text(Rows.number(current, "checks")) + " check results"))));
        Rows scorecard = context.query("quality_scorecard");
        if (scorecard.isEmpty()) {
            blocks.add(new Block.Note("No table of the month had rows to score.", scorecard.source()));
        } else {
            List<String> facilities = new ArrayList<>(new TreeSet<>(scorecard.rows().stream().map(r -> Rows.text(r, "facility_id")).toList()));
            List<String> dimensions = new ArrayList<>(new TreeSet<>(scorecard.rows().stream().map(r -> Rows.text(r, "dimension")).toList()));
            Double[][] values = new Double[facilities.size()][dimensions.size()];
            for (Map<String, Object> row : scorecard.rows()) {
                values[facilities.indexOf(Rows.text(row, "facility_id"))][dimensions.indexOf(Rows.text(row, "dimension"))]
                        = Rows.number(row, "score");
            }
            HeatMap map = new HeatMap("Data-quality scorecard", facilities, dimensions, values,
                    context.config().target(Headline.QUALITY_SCORE), Format.SCORE);
            blocks.add(new Block.Chart("Scorecard by facility and dimension", map.svg(),
                    "Score 0-100, checks-weighted over the tables. Colour: the same good / watch / act bands as the headline.",
                    scorecard.source()));
        }
        if (trend.size() >= 2) {
            TrendChart chart = new TrendChart("Data-quality score by month", Format.SCORE,
                    context.points(trend.rows(), "score", null, null, null, null))
                    .target(context.config().target(Headline.QUALITY_SCORE).target());
            blocks.add(new Block.Chart("Data-quality score by month (system)", chart.svg(),
                    "Green dashed line: the target.", trend.source()));
        }
        Rows regressions = context.query("quality_regressions");
        blocks.add(SectionContext.table("New regressions this month", regressions, List.of(
                Column.text("Check", "check_id"), Column.text("Facility", "facility_id"), Column.text("Owner", "owner"),
                Column.text("Severity", "severity"),
                Column.number("Failure rate", "failure_rate", Format.PERCENT),
                Column.number("Trailing mean", "trailing_mean", Format.PERCENT),
                Column.number("Months behind it", "trailing_periods", Format.COUNT)),
                "No check's failure rate rose beyond its own history this month."));
        Rows failing = context.query("quality_top_failing_checks");
        blocks.add(SectionContext.table("Top failing checks and their owners", failing, List.of(
                Column.text("Check", "check_id"), Column.text("Owner", "owner"),
                new Column("Status", row -> new Cell(Rows.text(row, "status"),
                        "fail".equals(Rows.text(row, "status")) ? "mark-act" : "mark-watch")),
                Column.number("Rows failed", "rows_failed", Format.COUNT),
                Column.number("Rows checked", "rows_checked", Format.COUNT),
                Column.number("Failure rate", "failure_rate", Format.PERCENT),
                Column.number("Threshold", "threshold", Format.PERCENT),
                Column.number("Facilities", "facilities", Format.COUNT)),
                "Every check passed this month."));
        return new Section(ID, TITLE, lead, null, blocks);
    }
}
