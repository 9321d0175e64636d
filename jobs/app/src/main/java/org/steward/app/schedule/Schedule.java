package org.steward.app.schedule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.scheduling.support.CronExpression;
import org.steward.platform.settings.ConfigException;
import org.steward.platform.settings.YamlFile;
import org.steward.platform.settings.YamlNode;

/**
 * The plans of {@code config/schedule.yml} and the input folder the nightly extracts arrive in. Read strictly:
 * an unknown key, job, period rule or a cron expression that does not parse stops the command at start-up.
 *
 * @param input where plans that stage read their extracts; {@code {date}} and {@code {period}} in it are
 *              replaced by the run date and the plan's period
 */
public record Schedule(String source, String input, Map<String, Plan> plans) {

    public Schedule {
        plans = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(plans));
    }

    /**
     * Reads and checks the schedule file.
     *
     * @param jobs      the job names the catalogue knows
     * @param variables ${NAME} substitutions (STEWARD_HOME)
     */
    public static Schedule load(Path file, Set<String> jobs, Map<String, String> variables) {
        YamlNode root = YamlFile.read(file, variables);
        String input = root.text("input");
        YamlNode plansNode = root.child("plans");
        Map<String, Plan> plans = new LinkedHashMap<>();
        for (String name : plansNode.keys()) {
            if (jobs.contains(name)) {
                throw plansNode.error(name, "a plan may not be named like a job (" + name + ")");
            }
            plans.put(name, plan(name, plansNode.child(name), jobs));
        }
        if (plans.isEmpty()) {
            throw root.error("plans", "declares no plan");
        }
        root.rejectUnread();
        return new Schedule(root.file(), input, plans);
    }

    private static Plan plan(String name, YamlNode node, Set<String> jobs) {
        List<String> planJobs = new ArrayList<>(node.list("jobs"));
        if (planJobs.isEmpty()) {
            throw node.error("jobs", "lists no job");
        }
        for (String job : planJobs) {
            if (!jobs.contains(job)) {
                throw node.error("jobs", "unknown job '" + job + "'; jobs are " + String.join(", ", jobs));
            }
        }
        if (Set.copyOf(planJobs).size() != planJobs.size()) {
            throw node.error("jobs", "names a job twice");
        }
        String cronText = node.text("cron");
        CronExpression cron;
        try {
            cron = CronExpression.parse(cronText);
        } catch (IllegalArgumentException e) {
            throw node.error("cron", "'" + cronText + "' is not a cron expression (second minute hour day month weekday, "
                    + "e.g. \"0 30 1 * * *\" for 01:30 every day): " + e.getMessage());
        }
        Plan.PeriodRule period = choice(node, "period", Plan.PeriodRule.class);
        Plan.OncePer oncePer = choice(node, "once-per", Plan.OncePer.class);
        return new Plan(name, planJobs, cron, period, oncePer);
    }

    private static <E extends Enum<E>> E choice(YamlNode node, String key, Class<E> type) {
        String text = node.text(key);
        for (E value : type.getEnumConstants()) {
            if (value.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(text)) {
                return value;
            }
        }
        List<String> allowed = java.util.Arrays.stream(type.getEnumConstants())
                .map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
        throw node.error(key, "must be one of " + allowed + ", got '" + text + "'");
    }

    public Optional<Plan> plan(String name) {
        return Optional.ofNullable(plans.get(name));
    }

    public Plan require(String name) {
        return plan(name).orElseThrow(() -> new ConfigException("unknown plan '" + name + "' in " + source
                + "; plans are " + String.join(", ", plans.keySet())));
    }

    /** The input folder for a plan run: the schedule's, with the run date and period filled in. */
    public Path inputFor(java.time.LocalDate runDate, org.steward.core.period.Period period) {
        return Path.of(input.replace("{date}", runDate.toString()).replace("{period}", period.toString()));
    }
}
