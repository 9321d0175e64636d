package org.steward.report.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.steward.report.chart.ParetoChart;
import org.steward.report.chart.TrendChart;
import org.steward.report.core.Format;
import org.steward.report.core.Headline;
import org.steward.report.model.Block;
import org.steward.report.model.Section;
import org.steward.report.query.Rows;
import org.steward.report.section.SectionContext.Column;

/**
 * Denials: the rate trend with p-chart limits, the Pareto of root causes, dollars at stake, the fix list, and (with
 * appeals.csv) the appeals of the window's denials by root cause.
 */
final class DenialsSection {

    static final String ID = "denials";
    static final String TITLE = "Denials";

    private DenialsSection() {
    }

    static Section build(SectionContext context) {
        String lead = "Claims initially denied, by the month they were submitted: the rate against its control limits, "
                + "the few root causes that make most of the denied dollars, and what to fix first.";
        if (!context.published("denials/rates")) {
            context.headline(Headline.INITIAL_DENIAL_RATE, null, null, "sql/report/denials_summary.sql", "denials not run for the month");
            return Section.skipped(ID, TITLE, lead, context.notRun("denials", "denials/rates", "--period " + context.period().text()));
        }
        Rows summary = context.query("denials_summary");
        Map<String, Object> current = SectionContext.month(summary, context.period().text());
        Map<String, Object> previous = SectionContext.month(summary, context.period().previous());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Headlines(List.of(context.headline(Headline.INITIAL_DENIAL_RATE,
                current == null ? null : Rows.number(current, "denial_rate"),
                previous == null ? null : Rows.number(previous, "denial_rate"), summary.source(),
                current == null ? null : Format.COUNT.text(Rows.number(current, "denied_claims")) + " of "
                        + Format.COUNT.text(Rows.number(current, "adjudicated_claims")) + " adjudicated claims"))));
        if (current != null) {
            blocks.add(new Block.Note("Dollars at stake: " + Format.DOLLARS.text(Rows.number(current, "denied_amount"))
                    + " initially denied of " + Format.DOLLARS.text(Rows.number(current, "billed_amount")) + " billed; "
                    + Format.PERCENT.text(Rows.number(current, "preventable_share")) + " of the denials were preventable.",
                    summary.source()));
        }
        Rows trend = context.query("denials_rate_trend");
        if (trend.size() >= 2) {
            blocks.add(new Block.Chart("Initial denial rate by month with control limits",
                    new TrendChart("Initial denial rate", Format.PERCENT, context.points(trend.rows(), "denial_rate", "center",
                            "lower_limit", "upper_limit", "signal"))
                            .target(context.config().target(Headline.INITIAL_DENIAL_RATE).target()).svg(),
                    "p-chart: grey dotted center line and red dashed limits from the months before; red points are signals; "
                            + "green dashed line: the target.", trend.source()));
        }
        Rows pareto = context.query("denials_pareto");
        if (!pareto.isEmpty()) {
            int top = context.config().topRows();
            List<ParetoChart.Bar> bars = new ArrayList<>();
            double other = 0;
            for (int i = 0; i < pareto.size(); i++) {
                Map<String, Object> row = pareto.rows().get(i);
                if (i < top) {
                    bars.add(new ParetoChart.Bar(Rows.text(row, "category"), Rows.number(row, "denied_amount"),
                            Rows.flag(row, "vital_few")));
                } else {
                    other += Rows.number(row, "denied_amount");
                }
            }
            if (other > 0) {
                bars.add(new ParetoChart.Bar("other", other, false));
            }
            // The vital few are the denials job's verdict (its pareto-share); the line marks the share they reach.
            double vitalShare = pareto.rows().stream().filter(r -> Rows.flag(r, "vital_few"))
                    .mapToDouble(r -> Rows.number(r, "cumulative_share")).max().orElse(0);
            blocks.add(new Block.Chart("Denied dollars by root cause (Pareto)",
                    new ParetoChart("Denied dollars by root cause", Format.DOLLARS, bars, vitalShare).svg(),
                    "Dark bars: the vital few, which together make " + Format.PERCENT.text(vitalShare)
                            + " of denied dollars; line: cumulative share.", pareto.source()));
        }
        Rows fixes = context.query("denials_fix_list");
        blocks.add(SectionContext.table("The fix list", fixes, List.of(
                Column.number("Rank", "rank", Format.COUNT), Column.text("Root cause", "category"), Column.text("Owner", "owner"),
                Column.text("Preventable", "preventable"),
                Column.number("Denied claims", "denied_claims", Format.COUNT),
                Column.number("Denied dollars", "denied_amount", Format.DOLLARS),
                Column.number("Recoverable (est.)", "estimated_recoverable", Format.DOLLARS),
                Column.number("Rate", "denial_rate", Format.PERCENT),
                Column.number("Trailing rate", "trailing_denial_rate", Format.PERCENT),
                Column.text("Trend", "trend")),
                "No denials this month."));
        Rows appeals = context.query("denials_appeals");
        if (!appeals.isEmpty()) {
            blocks.add(SectionContext.table("Appeals of the window's denials by root cause", appeals, List.of(
                    Column.text("Root cause", "category"), Column.number("Denied", "denied_claims", Format.COUNT),
                    Column.number("Appealed", "appealed_claims", Format.COUNT),
                    Column.number("Appeal rate", "appeal_rate", Format.PERCENT),
                    Column.number("Decided", "decided_appeals", Format.COUNT),
                    Column.number("Overturn rate", "overturn_rate", Format.PERCENT),
                    Column.number("Pending", "pending_appeals", Format.COUNT),
                    Column.number("Recovered", "recovered_amount", Format.DOLLARS)), "No appeals."));
        }
        return new Section(ID, TITLE, lead, null, blocks);
    }
}
