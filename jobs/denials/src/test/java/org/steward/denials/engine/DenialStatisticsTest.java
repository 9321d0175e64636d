package org.steward.denials.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.steward.denials.config.DenialsConfig;
import org.steward.denials.reference.RemittanceCodes;

/** The statistics on small hand-made tables, with the shipped settings (24-month charts, 6 baseline months). */
class DenialStatisticsTest {

    private static final Path HOME = Path.of("../..").toAbsolutePath().normalize();
    private static final DenialsConfig CONFIG = DenialsConfig.load(HOME.resolve("config/denials.yml"), HOME,
            RemittanceCodes.load(HOME.resolve("config/reference/remittance")));
    private static final List<String> MONTHS = List.of("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06",
            "2025-07");

    /** F1, payer P1: 100 adjudicated claims a month, 2 authorization denials a month, then {@code july} in July. */
    private static DenialStatistics statistics(long july, long codingInJuly) {
        List<Object[]> claims = new ArrayList<>();
        List<Object[]> denials = new ArrayList<>();
        for (String month : MONTHS) {
            claims.add(new Object[] {"F1", "P1", month, 100L});
            long authorizations = month.equals("2025-07") ? july : 2;
            denials.add(new Object[] {"F1", "P1", month, "authorization", authorizations,
                    new BigDecimal("1000.00").multiply(BigDecimal.valueOf(authorizations))});
            if (month.equals("2025-07") && codingInJuly > 0) {
                denials.add(new Object[] {"F1", "P1", month, "coding", codingInJuly, new BigDecimal("5000.00")});
            }
        }
        return new DenialStatistics(CONFIG, claims, denials, null);
    }

    private static Object[] chart(List<Object[]> rows, String dimension, String category, String period) {
        return rows.stream().filter(r -> r[0].equals(dimension) && r[3].equals(category) && r[12].equals(period))
                .findFirst().orElse(null);
    }

    @Test
    void aSpikeIsJudgedAgainstTheMonthsBeforeIt() {
        List<Object[]> rows = statistics(8, 0).controlCharts(MONTHS);
        Object[] july = chart(rows, "facility", "authorization", "2025-07");
        // Baseline 12 of 600: p-bar 0.02; the upper limit for 100 claims is 0.02 + 3 sqrt(0.02 x 0.98 / 100) = 0.062.
        assertThat((Double) july[7]).isCloseTo(0.02, within(1e-12));
        assertThat((Double) july[9]).isCloseTo(0.02 + 3 * Math.sqrt(0.02 * 0.98 / 100), within(1e-12));
        assertThat(july[10]).isEqualTo("above_upper_limit");
        assertThat(july[11]).isEqualTo(6);
        assertThat(chart(rows, "facility_payer", "authorization", "2025-07")[10]).isEqualTo("above_upper_limit");
        // Too little history: June has 5 earlier months (fewer than min-baseline-months 6): no limits, no signal.
        Object[] june = chart(rows, "facility", "authorization", "2025-06");
        assertThat(june[9]).isNull();
        assertThat(june[10]).isNull();
        assertThat(chart(statistics(3, 0).controlCharts(MONTHS), "facility", "authorization", "2025-07")[10]).isNull();
    }

    @Test
    void aCategoryWithNoEarlierDenialsIsNotJudged() {
        Object[] coding = chart(statistics(2, 3).controlCharts(MONTHS), "facility", "coding", "2025-07");
        assertThat(coding[6]).isEqualTo(0.03);
        assertThat(coding[9]).isNull();
        assertThat(coding[10]).isNull();
    }

    @Test
    void theFixListRanksByRecoverableDollarsAndOnlyASignalMakesATrend() {
        DenialStatistics statistics = statistics(8, 1);
        List<Object[]> fixes = statistics.fixList(List.of("2025-07"), statistics.controlCharts(MONTHS)).stream()
                .filter(r -> r[0].equals("F1")).toList();
        // authorization 8000.00 x 0.75 = 6000.00; coding 5000.00 x 0.65 = 3250.00.
        assertThat(fixes).extracting(r -> r[1], r -> r[2], r -> r[8], r -> r[12]).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, "authorization", new BigDecimal("6000.00"), "rising"),
                org.assertj.core.groups.Tuple.tuple(2L, "coding", new BigDecimal("3250.00"), "steady"));
        assertThat((Double) fixes.get(0)[11]).as("trailing rate over trend-months 3").isCloseTo(0.02, within(1e-12));
        assertThat(DenialStatistics.trend(0.05, 0.02, null, 0.02)).isEqualTo("steady");
        assertThat(DenialStatistics.trend(0.01, 0.02, "run_of_8", 0.02)).isEqualTo("falling");
        assertThat(DenialStatistics.trend(0.05, null, "above_upper_limit", 0.02)).isEqualTo("no_history");
    }

    /**
     * Beside the configured rate, the overturn rate of the category's appeals decided for denials of the 12
     * months up to the fix list's month (observed-months), shown from 20 decided appeals (min-decided) on.
     */
    @Test
    void theFixListShowsTheObservedOverturnRateOnlyWithEnoughDecidedAppeals() {
        List<Object[]> claims = new ArrayList<>();
        List<Object[]> denials = new ArrayList<>();
        List<Object[]> appeals = new ArrayList<>();
        for (String month : MONTHS) {
            claims.add(new Object[] {"F1", "P1", month, 100L});
            denials.add(new Object[] {"F1", "P1", month, "authorization", 2L, new BigDecimal("2000.00")});
            denials.add(new Object[] {"F1", "P1", month, "coding", 1L, new BigDecimal("500.00")});
            // Three decided authorization appeals a month, two overturned; one decided coding appeal a month.
            appeals.add(new Object[] {"F1", "P1", month, "authorization", 3L, 2L});
            appeals.add(new Object[] {"F1", "P1", month, "coding", 1L, 1L});
        }
        DenialStatistics statistics = new DenialStatistics(CONFIG, claims, denials, appeals);
        Map<String, Object[]> fixes = statistics.fixList(List.of("2025-07"), statistics.controlCharts(MONTHS)).stream()
                .filter(r -> r[0].equals("F1")).collect(Collectors.toMap(r -> (String) r[2], r -> r));
        // Authorization: 7 months x 3 = 21 decided (at least 20), 14 overturned. Coding: 7 decided, too few to read.
        // Columns 7 and 14-16: recoverable_rate, observed_overturn_rate, overturned_appeals, decided_appeals.
        assertThat(Arrays.asList(fixes.get("authorization")).subList(14, 17)).containsExactly(14.0 / 21, 14L, 21L);
        assertThat(fixes.get("authorization")[7]).isEqualTo(0.75);
        assertThat(Arrays.asList(fixes.get("coding")).subList(14, 17)).containsExactly(null, 7L, 7L);
        // Without an appeals input the columns are empty, not zero.
        Object[] without = statistics(8, 0).fixList(List.of("2025-07"), statistics(8, 0).controlCharts(MONTHS)).get(0);
        assertThat(Arrays.asList(without).subList(14, 17)).containsOnlyNulls();
    }

    @Test
    void theMixShiftComparesTheMonthWithTheTrailingMonthsPooled() {
        List<Object[]> shifts = statistics(30, 30).mixShifts(List.of("2025-07"));
        Object[] facility = shifts.stream().filter(r -> r[0].equals("facility")).findFirst().orElseThrow();
        // This month 30 authorization + 30 coding; the six months before 12 authorization, no coding.
        assertThat(facility[3]).isEqualTo(60L);
        assertThat(facility[4]).isEqualTo(12L);
        assertThat(facility[13]).asString().contains("too few denials");
        assertThat(facility[12]).isEqualTo("coding");
    }
}
