package org.steward.report.section;

import java.util.ArrayList;
import java.util.List;
import org.steward.report.core.Format;
import org.steward.report.model.Block;
import org.steward.report.model.Section;
import org.steward.report.query.Rows;
import org.steward.report.section.SectionContext.Column;

/** Records lifecycle: the retention review (eligible for disposition, held) and data-sharing agreement findings. */
final class LifecycleSection {

    static final String ID = "lifecycle";
    static final String TITLE = "Records lifecycle";

    private LifecycleSection() {
    }

    static Section build(SectionContext context) {
        String lead = "Which records have passed their retention period and may be disposed of (unless a legal hold keeps "
                + "them), and the data-sharing agreements that need attention. Counts only.";
        boolean retention = context.published("retention/records");
        boolean agreements = context.published("agreements/findings");
        String period = context.period().text();
        if (!retention && !agreements) {
            return Section.skipped(ID, TITLE, lead, "Neither lifecycle job has run for " + period
                    + ": there is no retention/records/period=" + period + " nor agreements/findings/period=" + period
                    + " in the output folder. Run them with: bin/steward run retention agreements --input DIR --output DIR "
                    + "--as-of <a date in " + period + ">");
        }
        List<Block> blocks = new ArrayList<>();
        if (retention) {
            Rows rows = context.query("lifecycle_retention");
            blocks.add(SectionContext.table("Retention review by facility and rule", rows, List.of(
                    Column.text("Facility", "facility_id"), Column.text("Rule", "rule"),
                    Column.number("Records", "records", Format.COUNT),
                    Column.number("Eligible for disposition", "eligible", Format.COUNT),
                    Column.number("On legal hold", "on_hold", Format.COUNT),
                    Column.text("Earliest retain-until", "earliest_retain_until")),
                    "The retention review ran and had no records to judge this month."));
        } else {
            blocks.add(new Block.Note("The retention job has not run for " + period + " (no retention/records/period=" + period
                    + "): retention is not reported.", null));
        }
        if (agreements) {
            Rows rows = context.query("lifecycle_agreement_findings");
            blocks.add(SectionContext.table("Data-sharing agreements: findings by code", rows, List.of(
                    Column.text("Finding", "finding"), Column.number("Findings", "findings", Format.COUNT),
                    Column.number("Agreements", "agreements", Format.COUNT)),
                    "The agreements check ran and found nothing this month."));
        } else {
            blocks.add(new Block.Note("The agreements job has not run for " + period + " (no agreements/findings/period=" + period
                    + "): agreements are not reported.", null));
        }
        return new Section(ID, TITLE, lead, null, blocks);
    }
}
