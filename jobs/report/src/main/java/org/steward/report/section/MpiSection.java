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

/** Master patient index: duplicate and duplicate-creation rates against the 1% goal, overlap, overlays, backlog. */
final class MpiSection {

    static final String ID = "mpi";
    static final String TITLE = "Master patient index";

    private MpiSection() {
    }

    static Section build(SectionContext context) {
        String lead = "How many registrations belong to a person registered more than once at the same facility, against "
                + "AHIMA's goal of under 1%, and the work waiting for the data stewards.";
        Rows metrics = context.query("mpi_metrics_for_period");
        Rows trend = context.query("mpi_duplicate_rate_trend");
        String period = context.period().text();
        if (metrics.isEmpty()) {
            context.headline(Headline.DUPLICATE_RATE, null, null, metrics.source(), "MPI not run for the month");
            context.headline(Headline.DUPLICATE_CREATION_RATE, null, null, metrics.source(), "MPI not run for the month");
            return Section.skipped(ID, TITLE, lead, "The mpi job has no run that covers " + period
                    + ": no run dated in or after the month in mpi/metrics. Run it with: bin/steward run mpi --output DIR --as-of "
                    + context.period().dayAfter());
        }
        Map<String, Object> all = metrics.rows().stream().filter(r -> "ALL".equals(r.get("facility_id"))).findFirst()
                .orElse(metrics.first());
        Map<String, Object> previous = trend.rows().stream().filter(r -> context.period().previous().equals(r.get("period")))
                .findFirst().orElse(null);
        String asOf = Rows.text(all, "as_of");
        String note = "MPI run of " + asOf;
        HeadlineRow duplicate = context.headline(Headline.DUPLICATE_RATE, Rows.number(all, "duplicate_rate"),
                previous == null ? null : Rows.number(previous, "duplicate_rate"), metrics.source(), note);
        HeadlineRow creation = context.headline(Headline.DUPLICATE_CREATION_RATE, Rows.number(all, "duplicate_creation_rate"),
                previous == null ? null : Rows.number(previous, "duplicate_creation_rate"), metrics.source(), note);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Headlines(List.of(duplicate, creation)));
        blocks.add(new Block.Note("The MPI is a snapshot kept by run date: these figures are from its run of " + asOf
                + (asOf.startsWith(period) ? ", in the month." : ", the first run after the month closed.")
                + " Possible overlays: " + Format.COUNT.text(Rows.number(all, "possible_overlays"))
                + "; pairs awaiting a steward's review: " + Format.COUNT.text(Rows.number(all, "review_backlog")) + ".",
                metrics.source()));
        blocks.add(SectionContext.table("By facility", metrics, List.of(
                Column.text("Facility", "facility_id"),
                Column.number("Registrations", "registrations", Format.COUNT),
                Column.number("Persons", "persons", Format.COUNT),
                Column.number("Duplicate rate", "duplicate_rate", Format.PERCENT),
                Column.number("Excess record rate", "excess_record_rate", Format.PERCENT),
                Column.number("Duplicate creation rate", "duplicate_creation_rate", Format.PERCENT),
                Column.number("Overlap rate", "overlap_rate", Format.PERCENT),
                Column.number("Possible overlays", "possible_overlays", Format.COUNT),
                Column.number("Review backlog", "review_backlog", Format.COUNT)), "No facility figures."));
        if (trend.size() >= 2) {
            List<String> months = context.period().months(Rows.text(trend.first(), "period"));
            List<TrendChart.Point> points = new ArrayList<>();
            for (String month : months) {
                Double value = trend.rows().stream().filter(r -> month.equals(r.get("period"))).findFirst()
                        .map(r -> Rows.number(r, "duplicate_rate")).orElse(null);
                points.add(TrendChart.Point.of(month, value));
            }
            TrendChart chart = new TrendChart("Duplicate record rate by month", Format.PERCENT, points)
                    .target(context.config().target(Headline.DUPLICATE_RATE).target());
            blocks.add(new Block.Chart("Duplicate record rate by month (system)", chart.svg(),
                    "One point per month: the MPI run that closed it. Green dashed line: the goal.", trend.source()));
        } else {
            blocks.add(new Block.Note("No trend yet: the MPI has run in fewer than two months of the last "
                    + context.config().trendMonths() + " (a trend needs a run after each month closes).", trend.source()));
        }
        return new Section(ID, TITLE, lead, null, blocks);
    }
}
