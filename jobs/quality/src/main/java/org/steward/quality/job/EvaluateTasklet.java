package org.steward.quality.job;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.steward.platform.batch.StepRun;
import org.steward.platform.output.DirectorySwap;
import org.steward.platform.settings.StewardSettings.QualitySettings;
import org.steward.platform.engine.DuckDbEngine;
import org.steward.platform.engine.SqlColumn;
import org.steward.platform.engine.SqlEngine;
import org.steward.platform.engine.SqlEngines;
import org.steward.platform.engine.SqlType;
import org.steward.quality.config.RulePack;
import org.steward.quality.config.RulePackLoader;
import org.steward.quality.engine.CheckCounts;
import org.steward.quality.engine.QualityEngine;
import org.steward.quality.judge.Alert;
import org.steward.quality.judge.CheckResult;
import org.steward.quality.judge.RegressionRule;
import org.steward.quality.judge.RegressionWatch;
import org.steward.quality.judge.Scores;
import org.steward.quality.reference.ReferenceCatalog;
import org.steward.quality.rules.QualityCheck;
import org.steward.quality.rules.Severity;

/** Step {@code quality.evaluate}: runs every check, judges it, and writes the outputs to the work area. */
final class EvaluateTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(EvaluateTasklet.class);
    static final String FAILED_ERROR_CHECKS = "quality.failed_error_checks";
    static final String PERIODS = "quality.periods";

    private final QualitySettings settings;
    private final SqlEngines engines;

    EvaluateTasklet(QualitySettings settings, SqlEngines engines) {
        this.settings = settings;
        this.engines = engines;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        StepRun run = StepRun.of(step, QualityJobConfiguration.JOB);
        long started = System.nanoTime();
        DirectorySwap.clearWork(run.work());
        RulePack pack = RulePackLoader.load(settings.rules());
        log.debug("quality: {} checks loaded and checked in {} ms", pack.checks().size(), since(started));
        LocalDate asOf = StepRun.asOf(step);
        QualityEngine.Evaluation evaluation;
        try (SqlEngine engine = engines.open()) {
            evaluation = new QualityEngine(engine, ReferenceCatalog.load(settings.reference()))
                    .evaluate(pack, run.output(), run.scope(), asOf, settings.failureSample());
        }
        log.debug("quality: evaluated at {} ms", since(started));

        Map<String, QualityCheck> checks = pack.byId();
        List<CheckResult> results = evaluation.counts().stream()
                .map(c -> new CheckResult(checks.get(c.checkId()), c)).toList();
        TreeSet<String> periods = new TreeSet<>();
        results.forEach(r -> periods.add(r.counts().period()));
        List<Alert> alerts = RegressionWatch.alerts(results, history(run, results, periods),
                new RegressionRule(settings.trailingPeriods(), settings.minHistory(), settings.sigmas(),
                        settings.minIncrease()));
        Map<String, String> tableOf = new HashMap<>();
        checks.values().forEach(c -> tableOf.put(c.id(), c.table()));
        log.debug("quality: judged against history at {} ms", since(started));
        QualityOutputs.write(run.work(), Instant.now().toString(), results, evaluation.failures(), Scores.of(results),
                alerts, tableOf);
        log.debug("quality: outputs written at {} ms", since(started));

        long failedErrors = results.stream().filter(r -> r.status().equals("fail")).count();
        step.getJobExecution().getExecutionContext().putLong(FAILED_ERROR_CHECKS, failedErrors);
        step.getJobExecution().getExecutionContext().putString(PERIODS, String.join(",", periods));
        // What this job writes is check results; the rows it reads are counted by the stage job.
        contribution.incrementWriteCount(results.size());
        log.info("quality {} as of {}: {} results: {} pass, {} warn, {} fail (error severity), {} not applicable; {} regression alerts",
                run.scope(), asOf, results.size(), count(results, "pass"), count(results, "warn"), failedErrors,
                count(results, "not_applicable"), alerts.size());
        return RepeatStatus.FINISHED;
    }

    private static long since(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static long count(List<CheckResult> results, String status) {
        return results.stream().filter(r -> r.status().equals(status)).count();
    }

    /** Earlier runs' results for other periods, and this run's own, as failure-rate histories. */
    private static List<RegressionWatch.PastRate> history(StepRun run, List<CheckResult> results,
                                                          TreeSet<String> periods) {
        List<RegressionWatch.PastRate> past = new ArrayList<>();
        for (CheckResult result : results) {
            if (result.applicable()) {
                past.add(new RegressionWatch.PastRate(result.check().id(), result.counts().facilityId(),
                        result.counts().period(), result.failureRate()));
            }
        }
        Path published = run.published(QualityJobConfiguration.JOB, "results");
        // Earlier results are small files this process wrote: read here, whatever the engine.
        try (DuckDbEngine duck = new DuckDbEngine()) {
            duck.registerParquet("past_results", published, true, List.of(new SqlColumn("check_id", SqlType.STRING),
                    new SqlColumn("facility_id", SqlType.STRING), new SqlColumn("failure_rate", SqlType.DOUBLE),
                    new SqlColumn("rows_checked", SqlType.BIGINT), new SqlColumn("period", SqlType.STRING)));
            for (Object[] row : duck.rows("SELECT check_id, facility_id, period, failure_rate FROM past_results "
                    + "WHERE rows_checked > 0")) {
                if (!periods.contains((String) row[2])) {
                    past.add(new RegressionWatch.PastRate((String) row[0], (String) row[1], (String) row[2],
                            (Double) row[3]));
                }
            }
        }
        return past;
    }
}
