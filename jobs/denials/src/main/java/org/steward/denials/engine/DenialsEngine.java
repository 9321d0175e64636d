package org.steward.denials.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.denials.config.DenialsConfig;
import org.steward.platform.engine.PeriodOutputs;
import org.steward.platform.engine.SqlEngine;
import org.steward.platform.output.OutputLayout;

/**
 * Computes every denials output on an engine and writes them, partitioned by the month claims were
 * submitted, under a work folder. The claim-level decision and the aggregates are SQL ({@link DenialsSql});
 * the control charts, the mix-shift test and the fix list work in Java on the small aggregated tables
 * ({@link DenialStatistics}).
 */
public final class DenialsEngine {

    private static final Logger log = LoggerFactory.getLogger(DenialsEngine.class);

    private final SqlEngine engine;
    private final DenialsConfig config;

    public DenialsEngine(SqlEngine engine, DenialsConfig config) {
        this.engine = engine;
        this.config = config;
    }

    /**
     * What a run wrote: the periods it has outputs for, the row counts per output, the claims in scope, those
     * initially denied, and those denied for a code the mapping does not cover.
     */
    public record Result(List<String> periods, Map<DenialsOutputs, Long> rows, long claims, long denied, long unmapped,
                         Appeals appeals) {
    }

    /**
     * The appeals a run read, in its scope: whether the input had any, the initially denied claims appealed, and the
     * appealed claims the denials cannot account for (not initially denied, or not in claims).
     */
    public record Appeals(boolean read, long appealedDenials, long notInitiallyDenied, long claimNotInClaims) {
    }

    /**
     * Computes the outputs for {@code period} (or every period when empty) into {@code work}. Remittances
     * dated after {@code asOf} are not read, so a run as of a date gives the same answer later; earlier
     * months are read for the charts, the mix-shift test and the trend.
     */
    public Result run(OutputLayout output, Optional<String> period, LocalDate asOf, Path work) {
        long started = System.nanoTime();
        boolean appealsRead = DenialsTables.register(engine, output, config.mapping());
        if (!appealsRead) {
            log.info("denials: no appeals staged (appeals.csv is optional): denials/appeals is empty, and the claims' "
                    + "appeal columns and the fix list's observed overturn rates are left empty");
        }
        DenialsSql sql = new DenialsSql(engine.dialect(), config.mapping().reversalGroups(), asOf);
        engine.materialize("dn_adjustment", sql.adjustments());
        engine.materialize("dn_remit", sql.remittances());
        engine.materialize("dn_claim_remit", sql.claimRemittances());
        engine.materialize("dn_initial", sql.initial());
        engine.materialize("dn_primary", sql.primary());
        engine.materialize("dn_appeal_claim", sql.appealClaims());
        engine.materialize("dn_claim", sql.claims(appealsRead));
        log.info("denials on {}: claims classified in {} ms", engine.dialect().name(),
                (System.nanoTime() - started) / 1_000_000);

        TreeSet<String> periods = new TreeSet<>();
        engine.rows("SELECT DISTINCT period FROM dn_claim" + (appealsRead
                ? " UNION SELECT DISTINCT first_period FROM (" + DenialsSql.appealsWithoutClaim() + ") a" : ""))
                .forEach(r -> periods.add((String) r[0]));
        period.ifPresent(p -> periods.retainAll(List.of(p)));
        String inScope = period.map(p -> " WHERE period = " + engine.dialect().literal(p)).orElse("");

        DenialStatistics statistics = new DenialStatistics(config, engine.rows(DenialsSql.claimCells()),
                engine.rows(DenialsSql.denialCells()), appealsRead ? engine.rows(DenialsSql.appealCells()) : null);
        List<Object[]> charts = statistics.controlCharts(periods);
        engine.registerRows("dn_control", DenialsOutputs.CONTROL_CHART.columns(), charts);
        engine.registerRows("dn_mix_shift", DenialsOutputs.MIX_SHIFT.columns(), statistics.mixShifts(periods));
        engine.registerRows("dn_fix_list", DenialsOutputs.FIX_LIST.columns(), statistics.fixList(periods, charts));

        // Where each output's rows are, in scope: the aggregates are materialized first (PeriodOutputs counts what it
        // wrote from where it wrote it).
        Map<DenialsOutputs, String> sources = new TreeMap<>();
        sources.put(DenialsOutputs.CLAIMS, "(" + DenialsSql.deniedClaims() + ") q" + inScope);
        sources.put(DenialsOutputs.CONTROL_CHART, "dn_control" + inScope);
        sources.put(DenialsOutputs.MIX_SHIFT, "dn_mix_shift" + inScope);
        sources.put(DenialsOutputs.FIX_LIST, "dn_fix_list" + inScope);
        Map<DenialsOutputs, String> aggregates = new TreeMap<>();
        aggregates.put(DenialsOutputs.RATES, DenialsSql.rates());
        aggregates.put(DenialsOutputs.PARETO, DenialsSql.pareto(config.paretoShare()));
        aggregates.put(DenialsOutputs.EVIDENCE, evidence(output, sql));
        aggregates.put(DenialsOutputs.APPEALS, appealsRead ? DenialsSql.appeals()
                : engine.dialect().emptyRelation(DenialsOutputs.APPEALS.columns()));
        aggregates.forEach((out, query) -> {
            engine.materialize("dn_out_" + out.folder(), "SELECT * FROM (" + query + ") q" + inScope);
            sources.put(out, "dn_out_" + out.folder());
        });
        Map<DenialsOutputs, Long> rows = PeriodOutputs.writeAndCount(engine, sources, work);

        Object[] totals = engine.rows("SELECT count(*), sum(CASE WHEN denied THEN 1 ELSE 0 END), "
                + "sum(CASE WHEN denied AND category = 'unmapped' THEN 1 ELSE 0 END) FROM dn_claim" + inScope).get(0);
        long claims = number(totals[0]);
        long denied = number(totals[1]);
        long unmapped = number(totals[2]);
        Appeals appeals = appeals(appealsRead);
        if (unmapped > 0) {
            log.warn("denials: {} initially denied claims have a denial code the mapping ({}) does not cover: category "
                    + "'unmapped' in denials/claims", unmapped, config.mappingFile());
        }
        log.info("denials on {}: {} periods, {} claims, {} initially denied, outputs {} in {} ms", engine.dialect().name(),
                periods.size(), claims, denied, rows.entrySet().stream()
                        .map(e -> e.getKey().folder() + "=" + e.getValue()).collect(Collectors.joining(", ")),
                (System.nanoTime() - started) / 1_000_000);
        return new Result(List.copyOf(periods), rows, claims, denied, unmapped, appeals);
    }

    /** The run's appeal counts from its denials/appeals rows; logs the appealed claims the denials cannot account for. */
    private Appeals appeals(boolean read) {
        if (!read) {
            return new Appeals(false, 0, 0, 0);
        }
        Object[] counts = engine.rows("SELECT "
                + "sum(CASE WHEN dimension = 'all' THEN appealed_claims ELSE 0 END), "
                + "sum(CASE WHEN dimension_value = 'not_initially_denied' THEN appealed_claims ELSE 0 END), "
                + "sum(CASE WHEN dimension_value = 'claim_not_in_claims' THEN appealed_claims ELSE 0 END) "
                + "FROM dn_out_" + DenialsOutputs.APPEALS.folder()).get(0);
        Appeals appeals = new Appeals(true, number(counts[0]), number(counts[1]), number(counts[2]));
        if (appeals.notInitiallyDenied() + appeals.claimNotInClaims() > 0) {
            log.warn("denials: {} appealed claims were not initially denied and {} appealed claims are not in claims: "
                    + "counted in denials/appeals as dimension 'unmatched', not in the overturn rates",
                    appeals.notInitiallyDenied(), appeals.claimNotInClaims());
        }
        return appeals;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /**
     * Denial rates of claims the other jobs flag (patients with duplicate MPI records, registrations the MPI flagged
     * as possible overlays, encounters failing quality checks) against the rest; a kind of evidence whose job has not run in this output folder is left out.
     */
    private String evidence(OutputLayout output, DenialsSql sql) {
        DenialsTables.Evidence available = DenialsTables.registerEvidence(engine, output);
        List<String[]> kinds = new ArrayList<>();
        if (available.mpi()) {
            engine.materialize("dn_flag_mpi", DenialsSql.mpiDuplicateClaims());
            kinds.add(new String[] {"mpi_duplicate_patient", "dn_flag_mpi"});
        }
        if (available.overlays()) {
            engine.materialize("dn_flag_overlay", sql.mpiOverlayClaims());
            kinds.add(new String[] {"mpi_possible_overlay", "dn_flag_overlay"});
        }
        if (available.quality()) {
            engine.materialize("dn_flag_dq", sql.dqFailingClaims());
            kinds.add(new String[] {"dq_failing_encounter", "dn_flag_dq"});
        }
        return kinds.isEmpty() ? engine.dialect().emptyRelation(DenialsOutputs.EVIDENCE.columns())
                : DenialsSql.evidence(kinds);
    }
}
