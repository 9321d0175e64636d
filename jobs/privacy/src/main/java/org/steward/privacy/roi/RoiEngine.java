package org.steward.privacy.roi;

import static org.steward.platform.engine.SqlType.BIGINT;
import static org.steward.platform.engine.SqlType.DOUBLE;
import static org.steward.platform.engine.SqlType.STRING;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.core.contract.InputContract;
import org.steward.core.period.Period;
import org.steward.platform.engine.SqlColumn;
import org.steward.platform.engine.SqlEngine;
import org.steward.platform.engine.StagedTables;
import org.steward.platform.output.OutputLayout;
import org.steward.privacy.config.PrivacyConfig;
import org.steward.privacy.core.Turnaround;

/**
 * The release-of-information audit on an engine: every request on file as of the run date judged by the rules of
 * {@link RoiSql}, the accounting of disclosures, turnaround and compliance, written under a work folder as the
 * period of the run date. Logs carry counts only.
 */
public final class RoiEngine {

    private static final Logger log = LoggerFactory.getLogger(RoiEngine.class);

    private final SqlEngine engine;
    private final PrivacyConfig config;

    public RoiEngine(SqlEngine engine, PrivacyConfig config) {
        this.engine = engine;
        this.config = config;
    }

    /** What a run wrote: its period, rows per output, requests judged and findings by code. */
    public record Result(String period, Map<RoiOutputs, Long> rows, long requests, Map<String, Long> findings) {
    }

    public Result run(OutputLayout output, LocalDate asOf, Path work) {
        long started = System.nanoTime();
        List<String> missing = StagedTables.registerAll(engine, output,
                List.of(InputContract.ROI_REQUESTS, InputContract.AUTHORIZATIONS));
        if (!missing.isEmpty()) {
            log.warn("roi: {} not staged: judged as empty", missing);
        }
        RoiSql sql = new RoiSql(engine.dialect(), config.roi(), asOf);
        engine.materialize("roi_request", sql.requests());
        engine.materialize("roi_finding", sql.findings());
        engine.materialize("roi_flags", RoiSql.requestFlags());

        List<Turnaround.Days> days = new ArrayList<>();
        for (Object[] r : engine.rows(sql.turnaroundDays())) {
            days.add(new Turnaround.Days((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue()));
        }
        List<Object[]> turnaround = Turnaround.of(days).stream().map(t -> new Object[] {t.facilityId(), t.requesterType(),
                t.month(), t.fulfilled(), t.median(), t.p90()}).toList();
        engine.registerRows("roi_turnaround", List.of(new SqlColumn("facility_id", STRING),
                new SqlColumn("requester_type", STRING), new SqlColumn("month", STRING),
                new SqlColumn("fulfilled_requests", BIGINT), new SqlColumn("median_days", DOUBLE),
                new SqlColumn("p90_days", DOUBLE)), turnaround);

        String period = Period.of(asOf).toString();
        Map<RoiOutputs, String> queries = new TreeMap<>();
        queries.put(RoiOutputs.FINDINGS, "SELECT * FROM roi_finding");
        queries.put(RoiOutputs.ACCOUNTING, sql.accounting());
        queries.put(RoiOutputs.TURNAROUND, "SELECT * FROM roi_turnaround");
        queries.put(RoiOutputs.COMPLIANCE, sql.compliance());
        Map<RoiOutputs, Long> rows = new TreeMap<>();
        for (Map.Entry<RoiOutputs, String> query : queries.entrySet()) {
            RoiOutputs out = query.getKey();
            String select = "SELECT q.*, " + engine.dialect().literal(asOf) + " AS as_of, "
                    + engine.dialect().literal(period) + " AS period FROM (" + query.getValue() + ") q";
            engine.writePeriod(select, out.columns(), work.resolve(out.area()).resolve(out.folder()), period);
            rows.put(out, (Long) engine.rows("SELECT count(*) FROM (" + query.getValue() + ") c").get(0)[0]);
        }
        long requests = (Long) engine.rows("SELECT count(*) FROM roi_request").get(0)[0];
        Map<String, Long> findings = new TreeMap<>();
        for (Object[] r : engine.rows("SELECT finding, count(*) FROM roi_finding GROUP BY finding")) {
            findings.put((String) r[0], (Long) r[1]);
        }
        log.info("roi on {} as of {}: {} requests, findings {}, outputs {} in {} ms", engine.dialect().name(), asOf,
                requests, findings, rows.entrySet().stream().map(e -> e.getKey().folder() + "=" + e.getValue())
                        .collect(Collectors.joining(", ")), (System.nanoTime() - started) / 1_000_000);
        return new Result(period, rows, requests, findings);
    }
}
