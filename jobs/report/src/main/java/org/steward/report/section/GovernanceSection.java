package org.steward.report.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.steward.report.core.Format;
import org.steward.report.model.Block;
import org.steward.report.model.Cell;
import org.steward.report.model.Section;
import org.steward.report.query.Rows;
import org.steward.report.section.SectionContext.Column;

/**
 * Information governance: the month's evidence mapped to the AHIMA information governance principles it supports
 * (accountability, integrity, availability, protection, retention, transparency).
 */
final class GovernanceSection {

    static final String ID = "governance";
    static final String TITLE = "Information governance";

    /** Every job output the report reads, with the job that writes it: what "available this month" is checked on. */
    static final List<String[]> OUTPUTS = List.of(
            new String[] {"stage", "staged/encounters"}, new String[] {"quality", "quality/results"},
            new String[] {"casemix", "casemix/cmi"}, new String[] {"casemix", "cdi/rates"},
            new String[] {"denials", "denials/rates"}, new String[] {"roi", "roi/findings"},
            new String[] {"access-audit", "access/findings"}, new String[] {"retention", "retention/records"},
            new String[] {"agreements", "agreements/findings"});

    private GovernanceSection() {
    }

    static Section build(SectionContext context, List<Section> sections) {
        String lead = "The month's evidence, mapped to the AHIMA information governance principles it supports.";
        String period = context.period().text();
        List<List<Cell>> principles = new ArrayList<>();
        Rows owners = context.query("quality_owners");
        String accountability;
        if (owners.isEmpty() || Rows.number(owners.first(), "checks") == null || Rows.number(owners.first(), "checks") == 0) {
            accountability = "No data-quality check ran for the month: ownership cannot be shown.";
        } else {
            Map<String, Object> o = owners.first();
            accountability = Format.COUNT.text(Rows.number(o, "checks_with_owner")) + " of " + Format.COUNT.text(Rows.number(o, "checks"))
                    + " data-quality checks name an owner; " + Format.COUNT.text(Rows.number(o, "failing_checks_with_owner")) + " of "
                    + Format.COUNT.text(Rows.number(o, "failing_checks")) + " failing or warning ones do.";
        }
        boolean allOwned = !owners.isEmpty() && Rows.number(owners.first(), "checks") != null && Rows.number(owners.first(), "checks") > 0
                && Rows.number(owners.first(), "checks").equals(Rows.number(owners.first(), "checks_with_owner"));
        principles.add(row("Accountability", "Someone answers for every control.", accountability + " Each denial root cause "
                + "has an owner in the fix list.", allOwned ? "good" : "watch", owners.source()));
        Rows quarantine = context.query("governance_quarantine");
        double quarantined = quarantine.isEmpty() ? 0 : Rows.number(quarantine.first(), "total_rows");
        principles.add(row("Integrity", "Information is complete, accurate and trustworthy.",
                Format.COUNT.text(quarantined) + " input rows broke the input contract and were quarantined with a "
                        + "reason (top reasons below); data-quality scores and MPI overlays are in their sections.",
                "info", quarantine.source()));
        long missing = OUTPUTS.stream().filter(o -> !context.published(o[1])).count();
        principles.add(row("Availability", "Information is there when it is needed.",
                (OUTPUTS.size() - missing) + " of " + OUTPUTS.size() + " job outputs were published for " + period
                        + " (table below); run history below.", missing == 0 ? "good" : "watch", "output folder listing"));
        principles.add(row("Protection", "Information is protected from breach and misuse.",
                ran(sections, PrivacySection.ID) ? "Release-of-information and access audits ran: see Privacy."
                        : "The privacy audits have not run for the month.", ran(sections, PrivacySection.ID) ? "info" : "watch",
                "sql/report/privacy_roi_findings.sql"));
        principles.add(row("Retention and disposition", "Information is kept as long as required, then disposed of.",
                ran(sections, LifecycleSection.ID) ? "The retention review and agreement checks ran: see Records lifecycle."
                        : "The lifecycle jobs have not run for the month.", ran(sections, LifecycleSection.ID) ? "info" : "watch",
                "sql/report/lifecycle_retention.sql"));
        principles.add(row("Transparency", "Processes and activities are documented and verifiable.",
                "Every number in this report names the query in sql/report that produced it; the queries run on the "
                        + "jobs' Parquet outputs with DuckDB.", "good", "sql/report/"));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Table("Evidence by principle", List.of("Principle", "What it asks", "Evidence this month", "Status", "Source"),
                principles, null, ""));
        List<List<Cell>> availability = new ArrayList<>();
        for (String[] output : OUTPUTS) {
            boolean published = context.published(output[1]);
            availability.add(List.of(Cell.plain(output[0]), Cell.plain(output[1]),
                    new Cell(published ? "published" : "not run for " + period, published ? "mark-good" : "mark-watch")));
        }
        blocks.add(new Block.Table("Outputs for " + period, List.of("Job", "Output", "Status"), availability,
                "the output folder: <job output>/period=" + period, ""));
        blocks.add(SectionContext.table("Quarantined input rows by table and reason", quarantine, List.of(
                Column.text("Table", "table_name"), Column.text("Reason", "reason"), Column.number("Rows", "rows", Format.COUNT)),
                "No input row was quarantined."));
        Rows runs = context.query("governance_run_history");
        blocks.add(SectionContext.table("Run history (latest first)", runs, List.of(
                Column.text("Job", "job"), Column.text("Scope", "scope"), Column.text("Started (UTC)", "started"),
                Column.number("Seconds", "seconds", Format.COUNT), Column.number("Rows read", "rows_read", Format.COUNT),
                Column.number("Rows written", "rows_written", Format.COUNT),
                Column.number("Quarantined", "rows_quarantined", Format.COUNT)),
                "No run summary on record in runs/."));
        return new Section(ID, TITLE, lead, null, blocks);
    }

    private static boolean ran(List<Section> sections, String id) {
        return sections.stream().anyMatch(s -> s.id().equals(id) && s.ran());
    }

    private static List<Cell> row(String principle, String asks, String evidence, String status, String source) {
        String css = switch (status) {
            case "good" -> "mark-good";
            case "watch" -> "mark-watch";
            default -> "";
        };
        return List.of(new Cell(principle, "strong"), Cell.plain(asks), Cell.plain(evidence), new Cell(status, css),
                new Cell(source, "source"));
    }
}
