package org.steward.report.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.steward.platform.settings.ConfigException;
import org.steward.platform.settings.YamlFile;
import org.steward.platform.settings.YamlNode;
import org.steward.report.core.Better;
import org.steward.report.core.Headline;
import org.steward.report.core.Target;

/**
 * The report's behaviour as data: {@code config/report.yml} (trend window, table sizes, a target and
 * good/watch/act bands per headline) and the templates folder. Read strictly: a missing or unknown key, a
 * headline Steward does not compute, or bands in the wrong order stop the run at start-up with file and line.
 */
public record ReportConfig(int trendMonths, int topRows, int facilityCharts, Map<Headline, Target> targets,
                           Path templates) {

    /** The template the report is rendered from, inside the templates folder. */
    public static final String TEMPLATE = "report.ftlh";
    /** The stylesheet the template includes inline (the HTML must open with no network and no other file). */
    public static final String STYLESHEET = "report.css";

    public ReportConfig {
        targets = Map.copyOf(targets);
    }

    public static ReportConfig load(Path file, Path home, Path templates) {
        Map<String, String> variables = Map.of("STEWARD_HOME", home.toAbsolutePath().normalize().toString());
        YamlNode root = YamlFile.read(file, variables);
        int trend = required(root, "trend-months", 2, 240);
        int top = required(root, "top-rows", 1, 100);
        int charts = required(root, "facility-charts", 0, 50);
        YamlNode headlines = root.child("headlines");
        Map<Headline, Target> targets = new EnumMap<>(Headline.class);
        for (String key : headlines.keys()) {
            Headline headline = Headline.of(key).orElseThrow(() -> headlines.error(key,
                    "is not a headline of the report; headlines are " + java.util.Arrays.stream(Headline.values())
                            .map(Headline::key).toList()));
            YamlNode node = headlines.child(key);
            String betterKey = node.text("better").strip();
            Better better = java.util.Arrays.stream(Better.values()).filter(b -> b.key().equals(betterKey)).findFirst()
                    .orElseThrow(() -> node.error("better", "must be lower or higher, got '" + betterKey + "'"));
            double bound = headline.format() == org.steward.report.core.Format.SCORE ? 100 : 1;
            double target = decimal(node, "target", bound);
            double act = decimal(node, "act", bound);
            try {
                targets.put(headline, new Target(better, target, act));
            } catch (IllegalArgumentException e) {
                throw node.error("act", e.getMessage());
            }
        }
        for (Headline headline : Headline.values()) {
            if (!targets.containsKey(headline)) {
                throw headlines.problem("has no entry for headline '" + headline.key() + "'");
            }
        }
        root.rejectUnread();
        checkTemplates(templates);
        return new ReportConfig(trend, top, charts, targets, templates);
    }

    /** The templates folder must hold the report template and its stylesheet. */
    public static void checkTemplates(Path templates) {
        for (String name : new String[] {TEMPLATE, STYLESHEET}) {
            if (!Files.isRegularFile(templates.resolve(name))) {
                throw new ConfigException(templates.resolve(name) + ": report template not found (steward.yml report.templates)");
            }
        }
    }

    public Target target(Headline headline) {
        return targets.get(headline);
    }

    private static int required(YamlNode node, String key, int min, int max) {
        node.text(key);
        return node.integer(key, 0, min, max);
    }

    private static double decimal(YamlNode node, String key, double max) {
        node.text(key);
        return node.decimal(key, 0, 0, max);
    }
}
