package org.steward.casemix.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.casemix.config.CasemixConfig;
import org.steward.casemix.core.CmiChange;
import org.steward.core.stats.ControlChart;
import org.steward.core.stats.ControlChart.ControlPoint;
import org.steward.casemix.core.MsDrg;
import org.steward.casemix.core.PricedCount;
import org.steward.casemix.reference.DrgReference;
import org.steward.platform.engine.PeriodOutputs;
import org.steward.platform.engine.SqlEngine;
import org.steward.platform.output.OutputLayout;

/**
 * Computes every case-mix and CDI output on an engine and writes them, partitioned by period, under a
 * work folder. The set-based part is SQL ({@link CaseMixSql}, {@link CdiSql}); the month-over-month
 * decomposition and the control charts work in Java on the small aggregated tables.
 */
public final class CasemixEngine {

    private static final Logger log = LoggerFactory.getLogger(CasemixEngine.class);

    private final SqlEngine engine;
    private final DrgReference reference;
    private final CasemixConfig config;

    public CasemixEngine(SqlEngine engine, DrgReference reference, CasemixConfig config) {
        this.engine = engine;
        this.reference = reference;
        this.config = config;
    }

    /** What a run wrote: the periods it has outputs for, and the row counts per output. */
    public record Result(List<String> periods, Map<CasemixOutputs, Long> rows, long discharges, long unpriced) {
    }

    /**
     * Computes the outputs for {@code period} (or every period when empty) into {@code work}; history
     * outside the period is read for the month-over-month change and the control charts.
     */
    public Result run(OutputLayout output, Optional<String> period, LocalDate asOf, Path work) {
        long started = System.nanoTime();
        CasemixTables.register(engine, output, reference, config);
        log.debug("casemix on {}: inputs and reference registered in {} ms", engine.dialect().name(),
                (System.nanoTime() - started) / 1_000_000);
        CaseMixSql caseMix = new CaseMixSql(engine.dialect(), config, asOf);
        CdiSql cdi = new CdiSql(engine.dialect(), config, asOf);
        engine.materialize("cm_discharge", caseMix.discharges());
        engine.materialize("cm_cc_mcc_codes", caseMix.ccMccCodes());
        engine.materialize("cm_documented", caseMix.documented());
        engine.materialize("cm_grouped", caseMix.cmiAndSeverity(postAcuteRule()));

        // The CMI change and the control charts work in Java on small aggregates of the discharges: they are read now
        // and worked on another core while the engine classifies the CDI queries and writes the other outputs. Only
        // months with discharges have rows in either, so the discharges' months are all they need.
        TreeSet<String> dischargeMonths = periodsOf("cm_discharge", period);
        List<Object[]> drgCounts = engine.rows(CaseMixSql.drgCounts());
        List<Object[]> cmiSeries = engine.rows("SELECT facility_id, period, cmi FROM cm_grouped "
                + "WHERE dimension = 'all' AND cmi IS NOT NULL");
        List<Object[]> captureSeries = engine.rows("SELECT facility_id, period, cc_mcc_discharges, "
                + "severity_split_discharges FROM cm_grouped WHERE dimension = 'all'");
        Overlapped<List<List<Object[]>>> statistics = Overlapped.start(() -> {
            long working = System.nanoTime();
            List<List<Object[]>> tables = List.of(cmiChanges(dischargeMonths, drgCounts),
                    controlCharts(dischargeMonths, cmiSeries, captureSeries));
            log.debug("casemix: CMI change and control charts in {} ms", (System.nanoTime() - working) / 1_000_000);
            return tables;
        });

        engine.materialize("cdi_query", cdi.queries());
        engine.materialize("cdi_rates_all", cdi.rates());
        engine.materialize("cm_worklist", caseMix.worklist());
        log.info("casemix on {}: discharges priced and queries classified in {} ms", engine.dialect().name(),
                (System.nanoTime() - started) / 1_000_000);

        TreeSet<String> periods = new TreeSet<>(dischargeMonths);
        periods.addAll(periodsOf("cdi_query", period));
        String inScope = period.map(p -> " WHERE period = " + engine.dialect().literal(p)).orElse("");

        // Where each output's rows are: a table already made, or one its query is materialized into first (PeriodOutputs
        // counts what it wrote from where it wrote it, so the worklist's codes and the query rate are computed once).
        Map<CasemixOutputs, String> sources = new TreeMap<>();
        // CMI and severity are both columns of cm_grouped: each output selects its own.
        sources.put(CasemixOutputs.CMI, "cm_grouped" + inScope);
        sources.put(CasemixOutputs.SEVERITY, "cm_grouped" + inScope);
        sources.put(CasemixOutputs.CDI_RATES, "cdi_rates_all" + inScope);
        Map<CasemixOutputs, String> queries = Map.of(CasemixOutputs.OPPORTUNITIES, caseMix.opportunities(),
                CasemixOutputs.UNPRICED, caseMix.unpriced(), CasemixOutputs.CDI_QUERY_RATE, cdi.queryRate(),
                CasemixOutputs.CDI_FOLLOWUP, cdi.followup());
        queries.forEach((out, query) -> {
            String table = "out_" + out.folder();
            engine.materialize(table, "SELECT * FROM (" + query + ") q" + inScope);
            sources.put(out, table);
        });
        Map<CasemixOutputs, Long> rows = new EnumMap<>(CasemixOutputs.class);
        rows.putAll(PeriodOutputs.writeAndCount(engine, sources, work));

        long waiting = System.nanoTime();
        List<List<Object[]>> computed = statistics.result();
        log.debug("casemix: waited {} ms for the CMI change and control charts", (System.nanoTime() - waiting) / 1_000_000);
        engine.registerRows("cm_change", CasemixOutputs.CMI_CHANGE.columns(), computed.get(0));
        engine.registerRows("cm_control", CasemixOutputs.CONTROL_CHART.columns(), computed.get(1));
        Map<CasemixOutputs, String> statisticsSources = new TreeMap<>();
        statisticsSources.put(CasemixOutputs.CMI_CHANGE, "cm_change" + inScope);
        statisticsSources.put(CasemixOutputs.CONTROL_CHART, "cm_control" + inScope);
        rows.putAll(PeriodOutputs.writeAndCount(engine, statisticsSources, work));
        Object[] totals = engine.rows("SELECT count(*), sum(CASE WHEN unpriced_reason IS NULL THEN 0 ELSE 1 END) "
                + "FROM cm_discharge" + inScope).get(0);
        long discharges = ((Number) totals[0]).longValue();
        long unpriced = totals[1] == null ? 0 : ((Number) totals[1]).longValue();
        log.info("casemix on {}: {} periods, {} discharges ({} unpriced), outputs {} in {} ms", engine.dialect().name(),
                periods.size(), discharges, unpriced, rows.entrySet().stream()
                        .map(e -> e.getKey().folder() + "=" + e.getValue()).collect(Collectors.joining(", ")),
                (System.nanoTime() - started) / 1_000_000);
        return new Result(List.copyOf(periods), rows, discharges, unpriced);
    }

    /** The months {@code table} has rows for, only {@code period} when the run has one. */
    private TreeSet<String> periodsOf(String table, Optional<String> period) {
        TreeSet<String> periods = new TreeSet<>();
        engine.rows("SELECT DISTINCT period FROM " + table + " WHERE period IS NOT NULL")
                .forEach(r -> periods.add((String) r[0]));
        period.ifPresent(p -> periods.retainAll(List.of(p)));
        return periods;
    }

    private String postAcuteRule() {
        return config.postAcuteDrgs().map(f -> "applied: post-acute transfer DRGs from " + f.getFileName())
                .orElse("not applied: no post-acute transfer DRG list configured");
    }

    /** Month-over-month CMI change per facility, split into weight-table, mix and severity effects. */
    private List<Object[]> cmiChanges(TreeSet<String> periods, List<Object[]> drgCounts) {
        // facility -> period -> rows {fiscal_year, ms_drg, family, discharges}
        Map<String, Map<String, List<Object[]>>> counts = new TreeMap<>();
        for (Object[] r : drgCounts) {
            counts.computeIfAbsent((String) r[0], f -> new TreeMap<>()).computeIfAbsent((String) r[1], p -> new ArrayList<>())
                    .add(new Object[] {((Long) r[2]).intValue(), r[3], r[4], r[5]});
        }
        List<Object[]> rows = new ArrayList<>();
        counts.forEach((facility, byPeriod) -> {
            for (String period : periods) {
                String previous = YearMonth.parse(period).minusMonths(1).toString();
                List<Object[]> now = byPeriod.get(period);
                List<Object[]> before = byPeriod.get(previous);
                if (now == null || before == null) {
                    continue;
                }
                int year = (Integer) now.get(0)[0];
                int previousYear = (Integer) before.get(0)[0];
                long notRepriced = 0;
                List<PricedCount> earlier = new ArrayList<>();
                for (Object[] c : before) {
                    double own = weight(previousYear, (String) c[1]);
                    Optional<Double> onLater = reference.drg(year, (String) c[1]).map(MsDrg::weight);
                    if (onLater.isEmpty() || onLater.get() == null) {
                        notRepriced += (Long) c[3];
                    }
                    // Families are matched by name: a DRG still in the later table takes its family from there, so a
                    // title reworded at a fiscal-year boundary does not turn severity into mix.
                    String family = reference.family(year, (String) c[1]).orElse((String) c[2]);
                    earlier.add(new PricedCount((String) c[1], family, (Long) c[3], own,
                            onLater.filter(w -> w != null).orElse(own)));
                }
                List<PricedCount> later = now.stream().map(c -> {
                    double own = weight(year, (String) c[1]);
                    return new PricedCount((String) c[1], (String) c[2], (Long) c[3], own, own);
                }).toList();
                CmiChange change = CmiChange.between(earlier, later);
                rows.add(new Object[] {facility, previous, previousYear, year, change.cmiBefore(), change.cmiAfter(),
                        change.total(), change.weightTableEffect(), change.mixEffect(), change.severityEffect(),
                        earlier.stream().mapToLong(PricedCount::discharges).sum(),
                        later.stream().mapToLong(PricedCount::discharges).sum(), notRepriced, period});
            }
        });
        return rows;
    }

    private double weight(int fiscalYear, String code) {
        return reference.drg(fiscalYear, code).map(MsDrg::weight)
                .orElseThrow(() -> new IllegalStateException("priced DRG " + code + " has no FY" + fiscalYear + " weight"));
    }

    /**
     * Control charts per facility: CMI on an individuals chart, CC/MCC capture on a p-chart, each over the
     * control-chart-months months ending at the month judged (months with data only).
     */
    private List<Object[]> controlCharts(TreeSet<String> periods, List<Object[]> cmiSeries, List<Object[]> captureSeries) {
        List<Object[]> rows = new ArrayList<>();
        Map<String, TreeMap<String, Double>> cmi = new TreeMap<>();
        for (Object[] r : cmiSeries) {
            cmi.computeIfAbsent((String) r[0], f -> new TreeMap<>()).put((String) r[1], (Double) r[2]);
        }
        Map<String, TreeMap<String, long[]>> capture = new TreeMap<>();
        for (Object[] r : captureSeries) {
            capture.computeIfAbsent((String) r[0], f -> new TreeMap<>()).put((String) r[1],
                    new long[] {(Long) r[2], (Long) r[3]});
        }
        for (String period : periods) {
            cmi.forEach((facility, series) -> {
                List<Double> window = new ArrayList<>(window(series, period).values());
                if (series.containsKey(period)) {
                    rows.add(row(facility, "cmi", last(ControlChart.individuals(window)), window.size(), period));
                }
            });
            capture.forEach((facility, series) -> {
                List<long[]> window = new ArrayList<>(window(series, period).values());
                if (series.containsKey(period)) {
                    rows.add(row(facility, "cc_mcc_capture_rate", last(ControlChart.proportions(window)), window.size(),
                            period));
                }
            });
        }
        return rows;
    }

    private <T> Map<String, T> window(TreeMap<String, T> series, String period) {
        String first = YearMonth.parse(period).minusMonths(config.controlChartMonths() - 1L).toString();
        return series.subMap(first, true, period, true);
    }

    private static ControlPoint last(List<ControlPoint> points) {
        return points.get(points.size() - 1);
    }

    private static Object[] row(String facility, String metric, ControlPoint point, int months, String period) {
        return new Object[] {facility, metric, finite(point.value()), finite(point.center()), finite(point.lower()),
                finite(point.upper()), point.signal(), months, period};
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
