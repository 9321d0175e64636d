package org.steward.report.section;

import java.util.ArrayList;
import java.util.List;
import org.steward.report.core.Format;
import org.steward.report.model.Block;
import org.steward.report.model.Section;
import org.steward.report.query.Rows;
import org.steward.report.section.SectionContext.Column;

/**
 * Privacy: release-of-information findings and access-audit findings of the month, as counts by finding code
 * and facility. PHI never reaches the report: the queries return counts, never a user id or an MRN.
 */
final class PrivacySection {

    static final String ID = "privacy";
    static final String TITLE = "Privacy";

    private PrivacySection() {
    }

    static Section build(SectionContext context) {
        String lead = "Release of information (requests answered late or without the authorization they need) and access "
                + "audit (views of records with no visible reason), counted by finding. No patient or user is named here.";
        boolean roi = context.published("roi/findings");
        boolean access = context.published("access/findings");
        if (!roi && !access) {
            return Section.skipped(ID, TITLE, lead, "Neither privacy audit has run for " + context.period().text()
                    + ": there is no roi/findings/period=" + context.period().text() + " nor access/findings/period="
                    + context.period().text() + " in the output folder. Run them with: bin/steward run roi access-audit "
                    + "--input DIR --output DIR --as-of <a date in " + context.period().text() + ">");
        }
        List<Block> blocks = new ArrayList<>();
        if (roi) {
            Rows rows = context.query("privacy_roi_findings");
            blocks.add(SectionContext.table("Release of information: findings by code and facility", rows, List.of(
                    Column.text("Finding", "finding"), Column.text("Facility", "facility_id"),
                    Column.number("Findings", "findings", Format.COUNT), Column.number("Requests", "requests", Format.COUNT)),
                    "The release-of-information audit ran and found nothing this month."));
        } else {
            blocks.add(new Block.Note("The roi job has not run for " + context.period().text()
                    + " (no roi/findings/period=" + context.period().text() + "): release of information is not reported.", null));
        }
        if (access) {
            Rows rows = context.query("privacy_access_findings");
            blocks.add(SectionContext.table("Access audit: findings by code and facility", rows, List.of(
                    Column.text("Finding", "finding"), Column.text("Facility", "facility_id"),
                    Column.number("Findings", "findings", Format.COUNT), Column.number("Users", "users", Format.COUNT),
                    Column.number("Patients", "patients", Format.COUNT)),
                    "The access audit ran and found nothing this month."));
        } else {
            blocks.add(new Block.Note("The access-audit job has not run for " + context.period().text()
                    + " (no access/findings/period=" + context.period().text() + "): access is not reported.", null));
        }
        return new Section(ID, TITLE, lead, null, blocks);
    }
}
