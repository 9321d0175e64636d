package org.steward.lifecycle.engine;

import static org.steward.platform.engine.SqlType.INTEGER;
import static org.steward.platform.engine.SqlType.STRING;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.core.contract.InputContract;
import org.steward.lifecycle.core.RetentionPolicy;
import org.steward.lifecycle.core.RetentionRule;
import org.steward.platform.engine.SqlColumn;
import org.steward.platform.engine.SqlEngine;
import org.steward.platform.engine.StagedTables;
import org.steward.platform.output.OutputLayout;

/**
 * Decides every record's retention on an engine and writes the retention outputs for one period (the run
 * date's month) under a work folder. Reads the staged patients, encounters, facilities and legal holds, and the
 * MPI's patient_xref when the MPI has run in the same output folder.
 */
public final class RetentionEngine {

    private static final Logger log = LoggerFactory.getLogger(RetentionEngine.class);

    private final SqlEngine engine;
    private final RetentionPolicy policy;

    public RetentionEngine(SqlEngine engine, RetentionPolicy policy) {
        this.engine = engine;
        this.policy = policy;
    }

    /**
     * Counts of a run, never record contents: records, those eligible for destruction, those a standing hold
     * keeps, those whose facility's state has no rule or is unknown, those without a date of service, those kept
     * longer for a linked record in another state; and whether the MPI's links were read.
     */
    public record Result(String period, Map<RetentionOutputs, Long> rows, long records, long eligible, long held,
                         long noStateRule, long unknownState, long noServiceDate, long linked, boolean mpi) {
    }

    public Result run(OutputLayout output, LocalDate asOf, String period, Path work) {
        long started = System.nanoTime();
        StagedTables.registerAll(engine, output, List.of(InputContract.PATIENTS, InputContract.ENCOUNTERS,
                InputContract.FACILITIES, InputContract.LEGAL_HOLDS));
        boolean mpi = StagedTables.registerMpiXref(engine, output);
        registerRules();

        RetentionSql sql = new RetentionSql(engine.dialect(), policy.floor(), asOf, period);
        Map<String, Long> timings = new java.util.LinkedHashMap<>();
        step(timings, "lc_service", sql.services());
        step(timings, "lc_own", sql.ownRetention());
        step(timings, "lc_person", RetentionSql.persons());
        step(timings, "lc_hold", sql.holds());
        step(timings, "lc_coverage", RetentionSql.holdCoverage());
        step(timings, "lc_records", sql.records());

        Map<RetentionOutputs, String> queries = new TreeMap<>();
        queries.put(RetentionOutputs.RECORDS, "SELECT * FROM lc_records");
        queries.put(RetentionOutputs.DISPOSITION, RetentionSql.disposition());
        queries.put(RetentionOutputs.HOLDS, sql.holdCounts());
        for (Map.Entry<RetentionOutputs, String> query : queries.entrySet()) {
            RetentionOutputs out = query.getKey();
            long writing = System.nanoTime();
            engine.writePeriod("SELECT " + out.columnList() + " FROM (" + query.getValue() + ") q", out.columns(),
                    work.resolve(out.area()).resolve(out.folder()), period);
            timings.put("write " + out.folder(), (System.nanoTime() - writing) / 1_000_000);
        }
        log.info("retention on {}: step timings (ms) {}", engine.dialect().name(), timings);
        // One pass over the records gives every count, the rows of records and disposition among them: each output
        // is not read again to count it.
        Object[] t = engine.rows("SELECT count(*), " + countIf("eligible") + ", " + countIf("hold_id IS NOT NULL") + ", "
                + countIf("record_rule = " + engine.dialect().literal(RetentionPolicy.NO_STATE_RULE)) + ", "
                + countIf("record_rule = " + engine.dialect().literal(RetentionPolicy.UNKNOWN_STATE)) + ", "
                + countIf("record_rule = " + engine.dialect().literal(RetentionPolicy.NO_SERVICE_DATE)) + ", "
                + countIf("rule LIKE " + engine.dialect().literal(RetentionPolicy.LINKED + "%")) + " FROM lc_records").get(0);
        Map<RetentionOutputs, Long> rows = new TreeMap<>(Map.of(RetentionOutputs.RECORDS, (Long) t[0],
                RetentionOutputs.DISPOSITION, number(t[1]),
                RetentionOutputs.HOLDS, number(engine.rows("SELECT count(*) FROM lc_hold").get(0)[0])));
        Result result = new Result(period, rows, (Long) t[0], number(t[1]), number(t[2]), number(t[3]), number(t[4]),
                number(t[5]), number(t[6]), mpi);
        if (!mpi) {
            log.warn("retention: the MPI has not run in this output folder (no mpi/patient_xref): each record is judged "
                    + "on its own, without the most stringent rule across a person's records in several states");
        }
        if (result.noStateRule() > 0 || result.unknownState() > 0) {
            log.warn("retention: {} records fell back to the federal floor because their facility's state has no rule, "
                    + "{} because their facility's state is unknown (not in facilities.csv)", result.noStateRule(),
                    result.unknownState());
        }
        log.info("retention on {} as of {}: {} records, {} eligible for destruction, {} under a standing hold, {} kept "
                + "longer for a linked record in another state, {} without a date of service, in {} ms",
                engine.dialect().name(), asOf, result.records(), result.eligible(), result.held(), result.linked(),
                result.noServiceDate(), (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    private void step(Map<String, Long> timings, String view, String sql) {
        long started = System.nanoTime();
        engine.materialize(view, sql);
        timings.put(view, (System.nanoTime() - started) / 1_000_000);
    }

    private void registerRules() {
        List<Object[]> states = new ArrayList<>();
        List<Object[]> sources = new ArrayList<>();
        for (RetentionRule rule : policy.rules()) {
            states.add(new Object[] {rule.state(), rule.adultYears(),
                    rule.minors().map(m -> (Object) m.ageOfMajority()).orElse(null),
                    rule.minors().map(m -> (Object) m.yearsAfterMajority()).orElse(null)});
            sources.add(new Object[] {RetentionPolicy.adult(rule.state()), rule.source()});
            rule.minors().ifPresent(m -> sources.add(new Object[] {RetentionPolicy.minor(rule.state()), m.source()}));
        }
        String floor = policy.floor().source();
        sources.add(new Object[] {RetentionPolicy.FEDERAL, floor});
        sources.add(new Object[] {RetentionPolicy.NO_STATE_RULE, floor});
        sources.add(new Object[] {RetentionPolicy.UNKNOWN_STATE, floor});
        engine.registerRows("ref_state_rule", List.of(new SqlColumn("state", STRING), new SqlColumn("adult_years", INTEGER),
                new SqlColumn("majority", INTEGER), new SqlColumn("after_majority", INTEGER)), states);
        engine.registerRows("ref_rule_source", List.of(new SqlColumn("rule", STRING), new SqlColumn("source", STRING)),
                sources);
    }

    private static String countIf(String condition) {
        return "sum(CASE WHEN " + condition + " THEN 1 ELSE 0 END)";
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
