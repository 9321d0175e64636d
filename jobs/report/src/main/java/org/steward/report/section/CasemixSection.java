package org.steward.report.section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steward.report.chart.TrendChart;
import org.steward.report.core.Format;
import org.steward.report.core.Mark;
import org.steward.report.model.Block;
import org.steward.report.model.HeadlineRow;
import org.steward.report.model.Section;
import org.steward.report.query.Rows;
import org.steward.report.section.SectionContext.Column;

/** Case mix: each facility's CMI trend with control limits, and why it moved (weight table, mix, severity). */
final class CasemixSection {

    static final String ID = "casemix";
    static final String TITLE = "Case mix";

    private CasemixSection() {
    }

    static Section build(SectionContext context) {
        String lead = "The case mix index (mean MS-DRG weight of priced inpatient discharges) by facility, against its own "
                + "control limits, and why it moved since last month.";
        if (!context.published("casemix/cmi")) {
            context.headline(cmiHeadline(null, null, "sql/report/casemix_system_cmi_trend.sql", "casemix not run for the month"));
            return Section.skipped(ID, TITLE, lead, context.notRun("casemix", "casemix/cmi", "--period " + context.period().text()));
        }
        List<Block> blocks = new ArrayList<>();
        Rows system = context.query("casemix_system_cmi_trend");
        Map<String, Object> current = SectionContext.month(system, context.period().text());
        Map<String, Object> previous = SectionContext.month(system, context.period().previous());
        HeadlineRow headline = cmiHeadline(current == null ? null : Rows.number(current, "cmi"),
                previous == null ? null : Rows.number(previous, "cmi"), system.source(),
                current == null ? null : Format.COUNT.text(Rows.number(current, "priced_discharges")) + " priced discharges");
        context.headline(headline);
        blocks.add(new Block.Headlines(List.of(headline)));
        Rows moved = context.query("casemix_why_cmi_moved");
        blocks.add(SectionContext.table("Why CMI moved since last month", moved, List.of(
                Column.text("Facility", "facility_id"),
                Column.number("CMI", "cmi", Format.RATIO),
                Column.number("Change", "change", Format.RATIO),
                Column.number("Weight-table effect", "weight_table_effect", Format.RATIO),
                Column.number("Mix effect", "mix_effect", Format.RATIO),
                Column.number("Severity effect", "severity_effect", Format.RATIO),
                Column.number("CC/MCC capture", "cc_mcc_capture_rate", Format.PERCENT),
                Column.text("CMI signal", "cmi_signal")),
                "No facility had priced discharges this month."));
        blocks.add(new Block.Note("The three effects add up to the change: weight table = a new fiscal year's MS-DRG weights; "
                + "mix = discharges moved between DRG families; severity = CC/MCC capture within families. "
                + explain(moved), moved.source()));
        Rows chart = context.query("casemix_cmi_control_chart");
        Map<String, List<Map<String, Object>>> byFacility = new LinkedHashMap<>();
        chart.rows().forEach(r -> byFacility.computeIfAbsent(Rows.text(r, "facility_id"), k -> new ArrayList<>()).add(r));
        List<String> largest = byFacility.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, List<Map<String, Object>>> e) -> -e.getValue().stream()
                        .mapToDouble(r -> r.get("priced_discharges") == null ? 0 : Rows.number(r, "priced_discharges")).sum())
                        .thenComparing(Map.Entry::getKey))
                .limit(context.config().facilityCharts()).map(Map.Entry::getKey).toList();
        for (String facility : largest) {
            List<TrendChart.Point> points = context.points(byFacility.get(facility), "cmi", "center", "lower_limit",
                    "upper_limit", "signal");
            blocks.add(new Block.Chart("CMI of " + facility + " with control limits",
                    new TrendChart("CMI of " + facility, Format.RATIO, points).svg(),
                    "Individuals chart: grey dotted center line, red dashed control limits; red points are signals.",
                    chart.source()));
        }
        if (byFacility.size() > largest.size()) {
            blocks.add(new Block.Note((byFacility.size() - largest.size()) + " smaller facilities are not drawn (report.yml "
                    + "facility-charts); their figures are in the table above.", chart.source()));
        }
        return new Section(ID, TITLE, lead, null, blocks);
    }

    /** CMI has no target: a higher CMI is not better in itself, so it is shown without a mark. */
    private static HeadlineRow cmiHeadline(Double value, Double previous, String source, String note) {
        return new HeadlineRow("cmi", "Case mix index (system)", Format.RATIO.text(value), "no target (tracked)",
                Mark.NONE.label(), Mark.NONE.css(), Format.RATIO.text(previous), Format.RATIO.change(value, previous), source, note);
    }

    /** One sentence naming the largest effect behind the largest move, so the reader gets the why without the table. */
    static String explain(Rows moved) {
        Map<String, Object> largest = moved.rows().stream().filter(r -> r.get("change") != null)
                .max(Comparator.comparingDouble(r -> Math.abs(Rows.number(r, "change")))).orElse(null);
        if (largest == null) {
            return "No facility has a month before to compare with.";
        }
        Map<String, String> effects = Map.of("weight_table_effect", "the weight table", "mix_effect", "the mix of DRG families",
                "severity_effect", "severity (CC/MCC capture)");
        String main = effects.keySet().stream().filter(k -> largest.get(k) != null)
                .max(Comparator.comparingDouble(k -> Math.abs(Rows.number(largest, k)))).orElse(null);
        return "Largest move: " + Rows.text(largest, "facility_id") + " " + Format.RATIO.change(Rows.number(largest, "change"), 0.0)
                + (main == null ? "." : ", mostly " + effects.get(main) + " (" + Format.RATIO.change(Rows.number(largest, main), 0.0) + ").");
    }
}
