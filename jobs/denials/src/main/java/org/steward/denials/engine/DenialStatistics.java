package org.steward.denials.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.steward.core.stats.ControlChart;
import org.steward.core.stats.ControlChart.ControlPoint;
import org.steward.denials.config.DenialsConfig;
import org.steward.denials.core.Category;
import org.steward.denials.core.MixShift;

/**
 * The statistics on the small aggregated tables, in plain Java: p-charts of denial rates, the chi-square
 * test of the category mix against the trailing months, and the prioritised fix list. Rows come out in
 * the column order of {@link DenialsOutputs}.
 */
final class DenialStatistics {

    static final String SYSTEM = "system";
    static final String FACILITY = "facility";
    static final String PAYER = "payer";
    static final String FACILITY_PAYER = "facility_payer";
    private static final String ALL = DenialSeries.ALL;

    private final DenialsConfig config;
    private final Map<String, DenialSeries> series = new TreeMap<>();

    /** Whether the input had appeals: without, the fix list's observed overturn columns are empty. */
    private final boolean appealsRead;

    /**
     * @param appealCells decided and overturned appeals per facility, payer, period and category
     *                    ({@link DenialsSql#appealCells}); null when the input has no appeals
     */
    DenialStatistics(DenialsConfig config, List<Object[]> claimCells, List<Object[]> denialCells,
                     List<Object[]> appealCells) {
        this.config = config;
        this.appealsRead = appealCells != null;
        for (Object[] r : claimCells) {
            for (DenialSeries s : slices((String) r[0], (String) r[1])) {
                s.addClaims((String) r[2], (Long) r[3]);
            }
        }
        for (Object[] r : denialCells) {
            for (DenialSeries s : slices((String) r[0], (String) r[1])) {
                s.addDenials((String) r[2], (String) r[3], (Long) r[4], (BigDecimal) r[5]);
            }
        }
        for (Object[] r : appealCells == null ? List.<Object[]>of() : appealCells) {
            for (DenialSeries s : slices((String) r[0], (String) r[1])) {
                s.addAppeals((String) r[2], (String) r[3], ((Number) r[4]).longValue(), ((Number) r[5]).longValue());
            }
        }
    }

    private List<DenialSeries> slices(String facility, String payer) {
        return List.of(slice(SYSTEM, ALL, ALL), slice(FACILITY, facility, ALL), slice(PAYER, ALL, payer),
                slice(FACILITY_PAYER, facility, payer));
    }

    private DenialSeries slice(String dimension, String facility, String payer) {
        return series.computeIfAbsent(dimension + "|" + facility + "|" + payer,
                k -> new DenialSeries(dimension, facility, payer));
    }

    /**
     * A p-chart per slice and category (and {@code all} categories) for each period judged: the share of the
     * slice's adjudicated claims initially denied for that category. The month is judged against limits drawn
     * from the control-chart-months - 1 months before it (months with adjudicated claims only; Phase II, so a
     * spike cannot widen its own limits); failing a breach, a run of 8 on one side of the center line over the
     * whole window signals. Nothing is judged with fewer than min-baseline-months earlier months, or when the
     * category had no denial in them. A category never denied in the window has no chart.
     */
    List<Object[]> controlCharts(Iterable<String> periods) {
        List<Object[]> rows = new ArrayList<>();
        for (DenialSeries s : series.values()) {
            List<String> categories = new ArrayList<>();
            categories.add(ALL);
            categories.addAll(s.categories);
            for (String period : periods) {
                if (s.claims(period) == 0) {
                    continue;
                }
                SortedMap<String, Long> window = window(s.claims, period, config.controlChartMonths());
                for (String category : categories) {
                    List<long[]> points = new ArrayList<>();
                    long denied = 0;
                    for (Map.Entry<String, Long> month : window.entrySet()) {
                        long n = s.denied(month.getKey(), category);
                        denied += n;
                        points.add(new long[] {n, month.getValue()});
                    }
                    if (denied == 0) {
                        continue;
                    }
                    long[] current = points.get(points.size() - 1);
                    List<long[]> baseline = points.subList(0, points.size() - 1);
                    ControlPoint point = ControlChart.proportionAgainst(baseline, current);
                    if (baseline.size() < config.minBaselineMonths() || denied == current[0]) {
                        // Too short a history, or no denial before this month: no variation to draw limits from.
                        point = new ControlPoint(point.value(), point.center(), Double.NaN, Double.NaN, null);
                    }
                    String signal = point.signal();
                    if (signal == null && baseline.size() >= config.minBaselineMonths()) {
                        String run = ControlChart.proportions(points).get(points.size() - 1).signal();
                        signal = ControlChart.RUN_OF_8.equals(run) ? run : null;
                    }
                    rows.add(new Object[] {s.dimension, s.facility, s.payer, category, current[0], current[1],
                            finite(point.value()), finite(point.center()), finite(point.lower()), finite(point.upper()),
                            signal, points.size() - 1, period});
                }
            }
        }
        return rows;
    }

    /** The chi-square test of each period's category mix against the trailing months, per system, facility and payer. */
    List<Object[]> mixShifts(Iterable<String> periods) {
        List<Object[]> rows = new ArrayList<>();
        for (DenialSeries s : series.values()) {
            if (s.dimension.equals(FACILITY_PAYER)) {
                continue;
            }
            List<String> categories = new ArrayList<>(s.categories);
            for (String period : periods) {
                if (s.claims(period) == 0) {
                    continue;
                }
                YearMonth month = YearMonth.parse(period);
                long[] current = new long[categories.size()];
                long[] trailing = new long[categories.size()];
                for (int i = 0; i < categories.size(); i++) {
                    current[i] = s.denied(period, categories.get(i));
                    for (int back = 1; back <= config.mixShiftTrailingMonths(); back++) {
                        trailing[i] += s.denied(month.minusMonths(back).toString(), categories.get(i));
                    }
                }
                MixShift.Result result = MixShift.test(current, trailing, config.mixShiftAlpha(), config.mixShiftMinDenials());
                rows.add(new Object[] {s.dimension, s.facility, s.payer, s.denied(period, ALL), sum(trailing),
                        config.mixShiftTrailingMonths(), finite(result.statistic()), result.tested() ? result.df() : null,
                        finite(result.pValue()), config.mixShiftAlpha(), result.shifted(), finite(result.minExpected()),
                        result.mostRaised() < 0 ? null : categories.get(result.mostRaised()), result.note(), period});
            }
        }
        return rows;
    }

    /**
     * The fix list per facility and for the system ({@code all}): the categories denied in the period, ranked
     * by estimated recoverable dollars (denied dollars x the category's recoverable rate), with the owner, this
     * month's denial rate against the trend-months before it, the category's p-chart signal, and beside the
     * configured rate the overturn rate its appeals show (when enough were decided). Unmapped
     * denials have no owner or rate and are left out (rates and the Pareto count them).
     */
    List<Object[]> fixList(Iterable<String> periods, List<Object[]> charts) {
        Map<String, Object[]> chartRows = new HashMap<>();
        for (Object[] c : charts) {
            chartRows.put(c[0] + "|" + c[1] + "|" + c[2] + "|" + c[3] + "|" + c[12], c);
        }
        List<Object[]> rows = new ArrayList<>();
        for (DenialSeries s : series.values()) {
            if (!s.dimension.equals(SYSTEM) && !s.dimension.equals(FACILITY)) {
                continue;
            }
            for (String period : periods) {
                long claims = s.claims(period);
                if (claims == 0) {
                    continue;
                }
                List<Object[]> items = new ArrayList<>();
                for (String name : s.categories) {
                    long denied = s.denied(period, name);
                    Category category = config.mapping().category(name).orElse(null);
                    if (denied == 0 || category == null) {
                        continue;
                    }
                    BigDecimal amount = s.amount(period, name);
                    BigDecimal recoverable = amount.multiply(BigDecimal.valueOf(category.recoverableRate()))
                            .setScale(2, RoundingMode.HALF_UP);
                    Double trailing = trailingRate(s, period, name);
                    double rate = (double) denied / claims;
                    Object[] chart = chartRows.get(s.dimension + "|" + s.facility + "|" + s.payer + "|" + name + "|" + period);
                    String signal = chart == null ? null : (String) chart[10];
                    long[] appeals = observedAppeals(s, period, name);
                    items.add(new Object[] {s.facility, null, name, category.owner(), category.preventable(), denied,
                            amount.setScale(2, RoundingMode.HALF_UP), category.recoverableRate(), recoverable, claims,
                            rate, trailing, trend(rate, trailing, signal, chart == null ? null : (Double) chart[7]),
                            signal, observedRate(appeals), appealsRead ? appeals[1] : null,
                            appealsRead ? appeals[0] : null, period});
                }
                items.sort(Comparator.comparing((Object[] r) -> (BigDecimal) r[8]).reversed()
                        .thenComparing(r -> (String) r[2]));
                for (int i = 0; i < items.size(); i++) {
                    items.get(i)[1] = (long) i + 1;
                }
                rows.addAll(items);
            }
        }
        return rows;
    }

    /**
     * {decided, overturned} appeals of the category's denials submitted in the appeals.observed-months months up to
     * and including the period: appeals take months to decide, so the month's own denials alone say little.
     */
    private long[] observedAppeals(DenialSeries s, String period, String category) {
        YearMonth month = YearMonth.parse(period);
        long[] total = new long[2];
        for (int back = 0; back < config.appealsObservedMonths(); back++) {
            long[] counts = s.appeals(month.minusMonths(back).toString(), category);
            total[0] += counts[0];
            total[1] += counts[1];
        }
        return total;
    }

    /** Overturned / decided, shown only with at least appeals.min-decided decided appeals: fewer is too few to read. */
    private Double observedRate(long[] appeals) {
        return appealsRead && appeals[0] > 0 && appeals[0] >= config.appealsMinDecided()
                ? (double) appeals[1] / appeals[0] : null;
    }

    private Double trailingRate(DenialSeries s, String period, String category) {
        YearMonth month = YearMonth.parse(period);
        long denied = 0;
        long claims = 0;
        for (int back = 1; back <= config.trendMonths(); back++) {
            String earlier = month.minusMonths(back).toString();
            denied += s.denied(earlier, category);
            claims += s.claims(earlier);
        }
        return claims == 0 ? null : (double) denied / claims;
    }

    /**
     * What the category's p-chart says about this month: {@code rising} above the upper limit, or on a run of 8
     * above the center line; {@code falling} below the lower limit or on a run below; {@code steady} otherwise;
     * {@code no_history} when there are no trailing months to compare with. Noise is steady: only a signal moves it.
     */
    static String trend(double rate, Double trailing, String signal, Double center) {
        if (trailing == null) {
            return "no_history";
        }
        if (ControlChart.ABOVE_UPPER_LIMIT.equals(signal)) {
            return "rising";
        }
        if (ControlChart.BELOW_LOWER_LIMIT.equals(signal)) {
            return "falling";
        }
        if (ControlChart.RUN_OF_8.equals(signal) && center != null) {
            return rate > center ? "rising" : "falling";
        }
        return "steady";
    }

    private static <T> SortedMap<String, T> window(TreeMap<String, T> months, String period, int length) {
        String first = YearMonth.parse(period).minusMonths(length - 1L).toString();
        return months.subMap(first, true, period, true);
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long v : values) {
            total += v;
        }
        return total;
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
