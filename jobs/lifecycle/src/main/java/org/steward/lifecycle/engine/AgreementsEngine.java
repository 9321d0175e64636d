package org.steward.lifecycle.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.core.contract.InputContract;
import org.steward.lifecycle.config.AgreementsConfig;
import org.steward.platform.engine.SqlEngine;
import org.steward.platform.engine.StagedTables;
import org.steward.platform.output.OutputLayout;

/** Judges every agreement and access grant on an engine and writes the findings for one period (the run date's month). */
public final class AgreementsEngine {

    private static final Logger log = LoggerFactory.getLogger(AgreementsEngine.class);

    private final SqlEngine engine;
    private final AgreementsConfig config;

    public AgreementsEngine(SqlEngine engine, AgreementsConfig config) {
        this.engine = engine;
        this.config = config;
    }

    /** Counts of a run: agreements and access grants read, findings by kind. */
    public record Result(String period, long agreements, long grants, Map<String, Long> findings) {

        public long total() {
            return findings.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public Result run(OutputLayout output, LocalDate asOf, String period, Path work) {
        long started = System.nanoTime();
        StagedTables.registerAll(engine, output, List.of(InputContract.AGREEMENTS, InputContract.VENDOR_ACCESS));
        AgreementsSql sql = new AgreementsSql(engine.dialect(), asOf, period, config.expiringWithinDays());
        engine.materialize("lc_agreement", sql.agreements());
        engine.materialize("lc_open_access", sql.openAccess());
        engine.materialize("lc_findings", sql.findings());
        AgreementsOutputs out = AgreementsOutputs.FINDINGS;
        engine.writePeriod("SELECT " + out.columnList() + " FROM lc_findings", out.columns(),
                work.resolve(out.area()).resolve(out.folder()), period);
        Map<String, Long> findings = new LinkedHashMap<>();
        for (Object[] row : engine.rows("SELECT finding, count(*) FROM lc_findings GROUP BY finding ORDER BY finding")) {
            findings.put((String) row[0], ((Number) row[1]).longValue());
        }
        long agreements = ((Number) engine.rows("SELECT count(*) FROM agreements").get(0)[0]).longValue();
        long grants = ((Number) engine.rows("SELECT count(*) FROM vendor_access").get(0)[0]).longValue();
        Result result = new Result(period, agreements, grants, findings);
        log.info("agreements on {} as of {}: {} agreements, {} access grants, {} findings {} in {} ms",
                engine.dialect().name(), asOf, agreements, grants, result.total(), findings,
                (System.nanoTime() - started) / 1_000_000);
        return result;
    }
}
