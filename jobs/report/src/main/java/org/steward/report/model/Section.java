package org.steward.report.model;

import java.util.List;

/**
 * A section of the report. A section whose job produced nothing for the month says so ({@code notRun}: which
 * job, and the command that makes it) and shows no figures: the report never fills a gap with invented data.
 */
public record Section(String id, String title, String lead, String notRun, List<Block> blocks) {

    public Section {
        blocks = List.copyOf(blocks);
    }

    public static Section skipped(String id, String title, String lead, String notRun) {
        return new Section(id, title, lead, notRun, List.of());
    }

    public boolean ran() {
        return notRun == null;
    }
}
