package org.steward.report.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.steward.platform.batch.StepRun;
import org.steward.platform.settings.StewardSettings;
import org.steward.report.MonthlyReport;
import org.steward.report.config.ReportConfig;

/** Step {@code report.render}: the month's report, HTML and PDF, under {@code <output>/reports/YYYY-MM/}. */
final class RenderTasklet implements Tasklet {

    /** Job execution context key: the month the report covers (the latest complete month when no --period was given). */
    public static final String PERIOD = "report.period";
    private static final Logger log = LoggerFactory.getLogger(RenderTasklet.class);

    private final StewardSettings settings;

    RenderTasklet(StewardSettings settings) {
        this.settings = settings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        StepRun run = StepRun.of(step, ReportJobConfiguration.JOB);
        ReportConfig config = ReportPreflight.config(settings);
        MonthlyReport.Result result = new MonthlyReport(config, settings.report().sql())
                .write(run.output().root(), run.scope().period(), StepRun.asOf(step));
        step.getJobExecution().getExecutionContext().putString(PERIOD, result.period());
        contribution.incrementWriteCount(2);
        log.info("report {}: {} sections ({} not run for the month): {} and {}", result.period(), result.sections(),
                result.sectionsNotRun(), result.html(), result.pdf());
        return RepeatStatus.FINISHED;
    }
}
