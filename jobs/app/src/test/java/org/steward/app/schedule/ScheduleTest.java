package org.steward.app.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.period.Period;
import org.steward.platform.settings.ConfigException;

class ScheduleTest {

    private static final Path HOME = Path.of("../..").toAbsolutePath().normalize();
    private static final Set<String> JOBS = Set.of("stage", "mpi", "quality", "casemix", "denials", "report",
            "roi", "access-audit", "retention", "agreements");
    private static final Map<String, String> VARIABLES = Map.of("STEWARD_HOME", HOME.toString());

    @TempDir
    Path folder;

    @Test
    void theShippedScheduleHasANightlyAndAMonthlyPlan() {
        Schedule schedule = Schedule.load(HOME.resolve("config/schedule.yml"), JOBS, VARIABLES);
        Plan nightly = schedule.require("nightly");
        assertThat(nightly.jobs()).startsWith("stage", "mpi", "quality");
        assertThat(nightly.cron().next(LocalDateTime.of(2026, 12, 5, 12, 0))).isEqualTo(LocalDateTime.of(2026, 12, 6, 1, 30));
        Plan monthly = schedule.require("monthly");
        assertThat(monthly.jobs()).contains("casemix", "denials");
        assertThat(monthly.period().of(LocalDate.of(2026, 1, 3))).isEqualTo(Period.parse("2025-12"));
        assertThat(schedule.inputFor(LocalDate.of(2026, 1, 3), Period.parse("2025-12"))).isEqualTo(HOME.resolve("sample-data/sample"));
    }

    @Test
    void aPlanRunOncePerDayIsANewRunEachDayAndOncePerPeriodIsNot() {
        Plan daily = new Plan("nightly", java.util.List.of("stage"), org.springframework.scheduling.support.CronExpression
                .parse("0 0 1 * * *"), Plan.PeriodRule.CURRENT, Plan.OncePer.DAY);
        Plan monthly = new Plan("monthly", java.util.List.of("casemix"), daily.cron(), Plan.PeriodRule.PREVIOUS, Plan.OncePer.PERIOD);
        Period p = Period.parse("2025-02");
        assertThat(daily.runKey(p, LocalDate.of(2025, 2, 3), folder)).isNotEqualTo(daily.runKey(p, LocalDate.of(2025, 2, 4), folder));
        assertThat(monthly.runKey(p, LocalDate.of(2025, 3, 3), folder)).isEqualTo(monthly.runKey(p, LocalDate.of(2025, 3, 9), null))
                .isNotEqualTo(monthly.runKey(Period.parse("2025-03"), LocalDate.of(2025, 3, 3), folder));
    }

    @Test
    void mistakesStopAtStartUpNamingTheFileAndKey() throws Exception {
        String good = Files.readString(HOME.resolve("config/schedule.yml"));
        assertThatThrownBy(() -> load(good.replace("0 30 1 * * *", "30 1 * *")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("plans.nightly.cron").hasMessageContaining("not a cron expression");
        assertThatThrownBy(() -> load(good.replace("jobs: [stage, mpi, quality,", "jobs: [stage, mpi, qualty,")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("unknown job 'qualty'");
        assertThatThrownBy(() -> load(good.replace("period: current", "period: this-month")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("must be one of [current, previous]");
        assertThatThrownBy(() -> load(good.replace("once-per: day", "once-per: day\n    retries: 3")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("unknown key 'plans.nightly.retries'");
        assertThatThrownBy(() -> load(good.replace("  nightly:", "  stage:")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("may not be named like a job");
    }

    private Schedule load(String text) throws Exception {
        return Schedule.load(Files.writeString(folder.resolve("schedule.yml"), text), JOBS, VARIABLES);
    }
}
