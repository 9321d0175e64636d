package org.steward.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ConfigurableApplicationContext;
import org.steward.app.ExitCodes;
import org.steward.app.StewardBoot;
import org.steward.app.StewardHome;
import org.steward.core.period.Period;
import org.steward.platform.batch.OutputHolds;
import org.steward.platform.batch.RunScope;
import org.steward.platform.duckdb.DuckDbViews;
import org.steward.platform.settings.StewardSettings;
import org.steward.report.MonthlyReport;
import org.steward.report.job.ReportJobConfiguration;
import org.steward.report.render.ReportFiles;
import org.steward.sampledata.GeneratorSettings;
import org.steward.stage.StageJobConfiguration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run every job on the bundled sample data and show example queries.",
                "Generates the sample first if it is missing, then prints where the outputs are and example",
                "queries with their results."})
final class DemoCommand extends SettingsCommand {

    /** Questions a new user can ask the outputs at once; later jobs add their own. */
    static final List<String> EXAMPLES = List.of(
            "SELECT facility_id, count(*) AS registrations, count(DISTINCT mrn) AS mrns FROM stg_patients GROUP BY 1 ORDER BY 1",
            "SELECT table_name, reason, count(*) AS rows FROM stg_quarantine GROUP BY ALL ORDER BY 1, 3 DESC",
            "SELECT facility_id, registrations, persons, round(100 * duplicate_rate, 2) AS duplicate_pct, "
                    + "round(100 * excess_record_rate, 2) AS excess_pct, "
                    + "round(100 * overlap_rate, 2) AS overlap_pct, possible_overlays, review_backlog FROM stg_mpi_metrics "
                    + "WHERE as_of = (SELECT max(as_of) FROM stg_mpi_metrics) ORDER BY 1",
            "SELECT event_type, count(*) AS events FROM stg_mpi_events GROUP BY 1 ORDER BY 2 DESC",
            "SELECT table_name, dimension, round(avg(score), 1) AS score, sum(checks) AS check_results FROM stg_quality_scores "
                    + "GROUP BY ALL ORDER BY 1, 2",
            "SELECT check_id, owner, sum(rows_failed) AS rows_failed, count(*) FILTER (WHERE status = 'fail') AS failed, "
                    + "count(*) FILTER (WHERE status = 'warn') AS warned FROM stg_quality_results GROUP BY ALL "
                    + "HAVING sum(rows_failed) > 0 ORDER BY 3 DESC LIMIT 10",
            "SELECT facility_id, period, priced_discharges, round(cmi, 4) AS cmi, round(cmi_change, 4) AS change, "
                    + "round(mix_effect, 4) AS mix, round(severity_effect, 4) AS severity, "
                    + "round(weight_table_effect, 4) AS weight_table, cmi_signal FROM mart_cmi_monthly "
                    + "WHERE period >= '2025-09' AND facility_id = 'F1' ORDER BY period",
            "SELECT facility_id, sum(queries) AS queries, round(sum(answered) / sum(queries - pending_in_window), 3) AS response_rate, "
                    + "round(sum(agreed) / sum(answered), 3) AS agreement_rate, round(sum(estimated_dollar_impact)) AS dollars "
                    + "FROM stg_cdi_rates WHERE dimension = 'all' GROUP BY 1 ORDER BY 1",
            "SELECT facility_id, rank, category, owner, round(denied_amount) AS denied_dollars, "
                    + "round(estimated_recoverable) AS recoverable, trend FROM stg_denials_fix_list "
                    + "WHERE period = (SELECT max(period) FROM stg_denials_rates WHERE dimension = 'all' AND adjudicated_claims >= 100) "
                    + "AND facility_id = 'all' AND rank <= 5 ORDER BY rank",
            // Privacy audits (issue 13): findings by kind, from the latest audit.
            "SELECT 'roi' AS audit, finding, count(*) AS findings FROM stg_roi_findings "
                    + "WHERE period = (SELECT max(period) FROM stg_roi_findings) GROUP BY ALL "
                    + "UNION ALL SELECT 'access', finding, count(*) FROM stg_access_findings "
                    + "WHERE period = (SELECT max(period) FROM stg_access_findings) GROUP BY ALL ORDER BY 1, 2",
            // Records lifecycle (issue 14): retention per facility and agreement findings, from the latest run.
            "SELECT facility_id, state, records, eligible, held, kept_for_linked_record, no_service_date, "
                    + "federal_floor_fallback FROM mart_retention_facility "
                    + "WHERE period = (SELECT max(period) FROM mart_retention_facility) ORDER BY 1",
            "SELECT finding, count(*) AS findings FROM stg_agreements_findings "
                    + "WHERE period = (SELECT max(period) FROM stg_agreements_findings) GROUP BY 1 ORDER BY 2 DESC, 1");

    @Option(names = "--input", paramLabel = "DIR", description = "Sample input (default: sample-data/sample).")
    Path input;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "demo-output",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path output;


    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        Path home = StewardHome.resolve();
        Path sample = input != null ? input : home.resolve("sample-data/sample");
        StewardSettings loaded = settings();
        if (!Files.exists(sample.resolve("patients.csv"))) {
            out.println("sample data missing: generating it into " + sample);
            GenerateCommand.generate(GeneratorSettings.defaults(home.resolve("config/reference")), sample);
        }
        List<JobCatalog.JobDefinition> jobs = JobCatalog.all();
        JobCatalog.RunRequest request = new JobCatalog.RunRequest(sample, output, Map.of());
        JobCatalog.JobDefinition stage = JobCatalog.get(StageJobConfiguration.JOB);
        int exit;
        Period month;
        try (ConfigurableApplicationContext context = StewardBoot.startWhile(loaded, () -> {
            PreflightChecks.check(jobs, loaded, request);
            Files.createDirectories(output);
        })) {
            JobRunner runner = new JobRunner(context, out);
            try (OutputHolds.Lease lease = runner.hold(output, "demo")) {
                JobOutcome staged = runner.run(stage, RunScope.of(Optional.empty()), sample, output, Map.of());
                if (!staged.completed()) {
                    return staged.exitCode();
                }
                // Of the staged encounters alone, so known before the other jobs start (and while none writes).
                month = MonthlyReport.latestComplete(output, loaded.report().sql(), LocalDate.now());
                exit = new SideBySideJobs(runner, out, Runtime.getRuntime().availableProcessors())
                        .run(plan(jobs, stage, month), sample, output, Map.of());
            }
            if (exit != ExitCodes.OK && exit != ExitCodes.CHECKS_FAILED) {
                return exit;
            }
        }
        if (exit == ExitCodes.CHECKS_FAILED) {
            out.println("(The sample has defects planted on purpose, so some error-severity checks fail: a scheduled run "
                    + "would exit with code 4.)");
        }
        out.println();
        out.println("Outputs are in " + output.toAbsolutePath().normalize() + " (staged/, quarantine/, mpi/, quality/, "
                + "casemix/, cdi/, denials/, retention/, agreements/, roi/, access/, reports/, runs/).");
        out.println("Query them with bin/steward query \"<SQL>\" --output " + output + ", for example:");
        try (DuckDbViews views = DuckDbViews.open(output, home.resolve("sql"));
             Statement statement = views.connection().createStatement()) {
            for (String example : EXAMPLES) {
                out.println();
                out.println("  bin/steward query \"" + example + "\" --output " + output);
                try (ResultSet result = statement.executeQuery(example)) {
                    QueryCommand.print(out, result, 20);
                }
            }
        }
        out.println();
        out.println("The monthly governance report of " + month + ": "
                + ReportFiles.html(output, month.toString()).toAbsolutePath().normalize());
        out.println("  and its PDF: " + ReportFiles.pdf(output, month.toString()).toAbsolutePath().normalize());
        out.println("  (again, or for another month: bin/steward run report --period YYYY-MM --output " + output + ")");
        return ExitCodes.OK;
    }

    /**
     * Every job after stage. The audits and the report are of the sample's latest complete month, as the monthly
     * plan would run them, so every section of the report has its figures; everything else runs over all periods.
     */
    private static List<SideBySideJobs.Planned> plan(List<JobCatalog.JobDefinition> jobs, JobCatalog.JobDefinition stage,
                                                     Period month) {
        List<SideBySideJobs.Planned> plan = new ArrayList<>();
        Optional<String> heading = Optional.of("Audits and the governance report of " + month
                + ", the sample's latest complete month:");
        for (JobCatalog.JobDefinition job : jobs) {
            if (job.equals(stage)) {
                continue;
            }
            boolean monthly = ofTheMonth(job);
            plan.add(new SideBySideJobs.Planned(job, RunScope.of(monthly ? Optional.of(month) : Optional.empty()),
                    monthly ? heading : Optional.empty()));
            if (monthly) {
                heading = Optional.empty();
            }
        }
        return plan;
    }

    private static boolean ofTheMonth(JobCatalog.JobDefinition job) {
        return job.audit() || job.name().equals(ReportJobConfiguration.JOB);
    }
}
