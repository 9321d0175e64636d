package org.steward.report.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.steward.report.chart.TrendChart;
import org.steward.report.core.Format;
import org.steward.report.core.Headline;
import org.steward.report.model.Block;
import org.steward.report.model.HeadlineRow;
import org.steward.report.model.Section;
import org.steward.report.query.Rows;
import org.steward.report.section.SectionContext.Column;

/** Clinical documentation integrity: query response and agreement rates against their targets. */
final class CdiSection {

    static final String ID = "cdi";
    static final String TITLE = "Clinical documentation integrity";

    private CdiSection() {
    }

    static Section build(SectionContext context) {
        String lead = "Whether providers answer CDI queries (response rate) and agree with them (agreement rate), "
                + "by the month the query was opened.";
        if (!context.published("cdi/rates")) {
            context.headline(Headline.CDI_RESPONSE_RATE, null, null, "sql/report/cdi_rates_trend.sql", "casemix not run for the month");
            context.headline(Headline.CDI_AGREEMENT_RATE, null, null, "sql/report/cdi_rates_trend.sql", "casemix not run for the month");
            return Section.skipped(ID, TITLE, lead, context.notRun("casemix", "cdi/rates", "--period " + context.period().text()));
        }
        Rows trend = context.query("cdi_rates_trend");
        Map<String, Object> current = SectionContext.month(trend, context.period().text());
        Map<String, Object> previous = SectionContext.month(trend, context.period().previous());
        String note = current == null ? null : Format.COUNT.text(Rows.number(current, "queries")) + " queries";
        HeadlineRow response = context.headline(Headline.CDI_RESPONSE_RATE, value(current, "response_rate"),
                value(previous, "response_rate"), trend.source(), note);
        HeadlineRow agreement = context.headline(Headline.CDI_AGREEMENT_RATE, value(current, "agreement_rate"),
                value(previous, "agreement_rate"), trend.source(), note);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Headlines(List.of(response, agreement)));
        if (trend.size() >= 2) {
            blocks.add(new Block.Chart("Response rate by month", new TrendChart("CDI response rate", Format.PERCENT,
                    context.points(trend.rows(), "response_rate", null, null, null, null))
                    .target(context.config().target(Headline.CDI_RESPONSE_RATE).target()).svg(),
                    "Green dashed line: the target.", trend.source()));
            blocks.add(new Block.Chart("Agreement rate by month", new TrendChart("CDI agreement rate", Format.PERCENT,
                    context.points(trend.rows(), "agreement_rate", null, null, null, null))
                    .target(context.config().target(Headline.CDI_AGREEMENT_RATE).target()).svg(),
                    "Green dashed line: the target.", trend.source()));
        }
        Rows facilities = context.query("cdi_rates_by_facility");
        blocks.add(SectionContext.table("By facility", facilities, List.of(
                Column.text("Facility", "facility_id"),
                Column.number("Queries", "queries", Format.COUNT),
                Column.number("Answered", "answered", Format.COUNT),
                Column.number("Agreed", "agreed", Format.COUNT),
                Column.number("Overdue", "overdue", Format.COUNT),
                Column.number("Response rate", "response_rate", Format.PERCENT),
                Column.number("Agreement rate", "agreement_rate", Format.PERCENT),
                Column.number("Mean response days", "mean_response_days", Format.SCORE),
                Column.number("DRG dollar impact", "estimated_dollar_impact", Format.DOLLARS)),
                "No CDI queries were opened this month."));
        Rows followup = context.query("cdi_followup");
        blocks.add(SectionContext.table("Below target: who to follow up with", followup, List.of(
                Column.text("Facility", "facility_id"), Column.text("By", "dimension"), Column.text("Who / what", "dimension_value"),
                Column.text("Rate", "metric"), Column.number("Value", "rate", Format.PERCENT),
                Column.number("Target", "target", Format.PERCENT), Column.number("Queries", "denominator", Format.COUNT)),
                "No provider or query type was below target with enough queries to judge."));
        return new Section(ID, TITLE, lead, null, blocks);
    }

    private static Double value(Map<String, Object> row, String column) {
        return row == null ? null : Rows.number(row, column);
    }
}
