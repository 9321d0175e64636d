package org.steward.report.section;

import java.util.ArrayList;
import java.util.List;
import org.steward.report.model.Block;
import org.steward.report.model.Report;
import org.steward.report.model.Section;

/** Builds every section of a month's report, then the executive summary from their headlines. */
public final class ReportBuilder {

    private ReportBuilder() {
    }

    public static Report build(SectionContext context, String generatedAt, String output) {
        List<Section> sections = new ArrayList<>();
        sections.add(MpiSection.build(context));
        sections.add(QualitySection.build(context));
        sections.add(CasemixSection.build(context));
        sections.add(CdiSection.build(context));
        sections.add(DenialsSection.build(context));
        sections.add(PrivacySection.build(context));
        sections.add(LifecycleSection.build(context));
        sections.add(GovernanceSection.build(context, sections));
        List<Section> all = new ArrayList<>();
        all.add(summary(context, sections));
        all.addAll(sections);
        return new Report(context.period().text(), generatedAt, output, all);
    }

    static Section summary(SectionContext context, List<Section> sections) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Headlines(context.headlines()));
        List<String> notRun = sections.stream().filter(s -> !s.ran()).map(Section::title).toList();
        blocks.add(new Block.Note(notRun.isEmpty() ? "Every section has data for " + context.period().text() + "."
                : "Not run for " + context.period().text() + ": " + String.join(", ", notRun)
                        + ". Those sections say which job to run; their headlines show no value rather than a guess.", null));
        return new Section("summary", "Executive summary",
                "The headline numbers of " + context.period().text() + " against their targets (config/report.yml): good, "
                        + "watch (worse than the target) or act (beyond the act threshold), and the change from last month.",
                null, blocks);
    }
}
