package org.steward.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steward.casemix.config.CasemixConfig;
import org.steward.casemix.job.CasemixJobConfiguration;
import org.steward.casemix.reference.DrgReference;
import org.steward.denials.config.DenialsConfig;
import org.steward.denials.job.DenialsJobConfiguration;
import org.steward.denials.reference.RemittanceCodes;
import org.steward.lifecycle.config.AgreementsConfig;
import org.steward.lifecycle.config.RetentionConfig;
import org.steward.lifecycle.job.AgreementsJobConfiguration;
import org.steward.lifecycle.job.RetentionJobConfiguration;
import org.steward.mpi.job.MpiConfiguration;
import org.steward.mpi.job.MpiJobConfiguration;
import org.steward.mpi.job.MpiPreflight;
import org.steward.platform.settings.ConfigException;
import org.steward.platform.settings.StewardSettings;
import org.steward.privacy.config.PrivacyConfig;
import org.steward.privacy.job.AccessAuditJobConfiguration;
import org.steward.privacy.job.RoiJobConfiguration;
import org.steward.quality.config.RulePackLoader;
import org.steward.quality.job.QualityJobConfiguration;
import org.steward.quality.reference.ReferenceCatalog;
import org.steward.report.config.ReportConfig;
import org.steward.report.core.Headline;
import org.steward.report.job.ReportJobConfiguration;
import org.steward.report.job.ReportPreflight;
import org.steward.stage.StageInput;
import org.steward.stage.StageJobConfiguration;

/** The jobs the CLI knows, in the order they depend on each other, with each job's pre-flight check. */
final class JobCatalog {

    /**
     * A job: its name, the Spring bean that defines it, and a fast check of what it needs before it starts.
     *
     * @param audit an audit of everything on file as of its run date, filed under that date's month (a plan runs it
     *              for the plan's period as of the period's last day at the latest, see {@code AuditDate})
     * @param reads the jobs whose outputs it reads (so it runs after them, and may run beside any other)
     */
    record JobDefinition(String name, String beanName, String summary, boolean readsInput, boolean audit,
                         List<String> reads, Preflight preflight) {

        JobDefinition {
            reads = List.copyOf(reads);
        }
    }

    /**
     * What a run is asked to do, as far as a pre-flight check needs it.
     *
     * @param input   the input folder (null when no job of the run reads it)
     * @param output  the output folder, or null when not known: checks against earlier outputs are skipped
     * @param options the job parameters given on the command line ({@link MpiJobConfiguration#AS_OF}, ...)
     */
    record RunRequest(Path input, Path output, Map<String, String> options) {

        RunRequest {
            options = Map.copyOf(options);
        }

        /** The run date asked for with --as-of, if any (already checked to be a date). */
        Optional<LocalDate> asOf() {
            return Optional.ofNullable(options.get(MpiJobConfiguration.AS_OF)).map(LocalDate::parse);
        }
    }

    /**
     * Fails with a ConfigException (exit 2, with the file and line) in milliseconds, before the Spring
     * context starts, instead of the job failing minutes later with an exit code that says "restart it":
     * a restart cannot fix a configuration.
     */
    interface Preflight {
        void check(StewardSettings settings, RunRequest run);
    }

    private static final Map<String, JobDefinition> JOBS = new LinkedHashMap<>();

    static {
        add(new JobDefinition(StageJobConfiguration.JOB, "stageJob",
                "type and check the input CSV files, write staged Parquet and a quarantine", true, false,
                List.of(), (settings, run) -> StageInput.check(run.input())));
        add(new JobDefinition(MpiJobConfiguration.JOB, "mpiJob",
                "link every registration of the same person into one enterprise id (reads the staged patients)", false, false,
                List.of(StageJobConfiguration.JOB),
                (settings, run) -> MpiPreflight.check(settings.mpi(), run.output(), run.asOf())));
        add(new JobDefinition(QualityJobConfiguration.JOB, "qualityJob",
                "score the staged tables against config/quality rules, keep history, flag regressions", false, false,
                List.of(StageJobConfiguration.JOB), (settings, run) -> {
                    RulePackLoader.load(settings.quality().rules());
                    ReferenceCatalog.load(settings.quality().reference());
                }));
        add(new JobDefinition(CasemixJobConfiguration.JOB, "casemixJob",
                "CMI (plain and transfer-adjusted), CC/MCC capture, the CDI worklist and query rates, and why CMI moved", false, false,
                List.of(StageJobConfiguration.JOB), (settings, run) -> {
                    CasemixConfig.load(settings.casemix().settings(), settings.home());
                    DrgReference.load(settings.casemix().reference());
                }));
        add(new JobDefinition(DenialsJobConfiguration.JOB, "denialsJob",
                "initial denial rates, denied dollars by root cause (CARC/RARC mapping), Pareto, control charts, "
                        + "mix shift and a prioritised fix list", false, false,
                // The MPI's crosswalk and events, and the quality job's failing rows, are the denials' evidence.
                List.of(StageJobConfiguration.JOB, MpiJobConfiguration.JOB, QualityJobConfiguration.JOB),
                (settings, run) -> DenialsConfig.load(settings.denials().settings(), settings.home(),
                        RemittanceCodes.load(settings.denials().reference()))));
        add(new JobDefinition(RetentionJobConfiguration.JOB, "retentionJob",
                "how long each record is kept (federal floor, state adult and minors' rules, the strictest across a "
                        + "person's states), legal holds, and the disposition list of what may be destroyed", false, true,
                // A record is kept longer for a linked record (the MPI's crosswalk) in another state.
                List.of(StageJobConfiguration.JOB, MpiJobConfiguration.JOB),
                (settings, run) -> RetentionConfig.load(settings.lifecycle().retention(), settings.home())));
        add(new JobDefinition(AgreementsJobConfiguration.JOB, "agreementsJob",
                "data-sharing agreements (BAA, HIE, data use, QHIN): expired, expiring, missing clauses, vendor access "
                        + "without or after an agreement, uncertified destruction", false, true,
                List.of(StageJobConfiguration.JOB),
                (settings, run) -> AgreementsConfig.load(settings.lifecycle().agreements(), settings.home())));
        add(new JobDefinition(RoiJobConfiguration.JOB, "roiJob",
                "release of information: disclosures without a valid authorization, late patient access, the accounting "
                        + "of disclosures, turnaround and compliance (as of --as-of)", false, true,
                List.of(StageJobConfiguration.JOB),
                (settings, run) -> PrivacyConfig.load(settings.privacy().settings(), settings.home())));
        add(new JobDefinition(AccessAuditJobConfiguration.JOB, "accessAuditJob",
                "access audit: self and family access, access after termination, no encounter context, unusual volume; "
                        + "cases by person through the MPI (as of --as-of)", false, true,
                // Cases are by person: events are joined through the MPI's crosswalk.
                List.of(StageJobConfiguration.JOB, MpiJobConfiguration.JOB), (settings, run) -> {
                    PrivacyConfig.load(settings.privacy().settings(), settings.home());
                    MpiConfiguration.load(settings.mpi().settings());
                }));
        add(new JobDefinition(ReportJobConfiguration.JOB, "reportJob",
                "the monthly governance report of --period (default: the latest complete month): one self-contained "
                        + "HTML file and a PDF under reports/YYYY-MM, every figure from a query in sql/report", false, false,
                // Every section is of another job's outputs.
                List.copyOf(JOBS.keySet()), (settings, run) -> sameCdiTargets(settings, ReportPreflight.config(settings))));
    }

    private JobCatalog() {
    }

    /**
     * The report marks the CDI rates against report.yml's targets, and casemix ranks follow-ups against
     * casemix.yml's: two files, so they must agree, or a committee reads one goal in the headline and another in
     * the follow-up table of the same page.
     */
    private static void sameCdiTargets(StewardSettings settings, ReportConfig report) {
        CasemixConfig casemix = CasemixConfig.load(settings.casemix().settings(), settings.home());
        sameTarget(settings, report.target(Headline.CDI_RESPONSE_RATE).target(), casemix.responseRateTarget(),
                "cdi-response-rate", "response-rate");
        sameTarget(settings, report.target(Headline.CDI_AGREEMENT_RATE).target(), casemix.agreementRateTarget(),
                "cdi-agreement-rate", "agreement-rate");
    }

    private static void sameTarget(StewardSettings settings, double report, double casemix, String headline, String key) {
        if (Double.compare(report, casemix) != 0) {
            throw new ConfigException(settings.report().settings() + ": headlines." + headline + ".target " + report
                    + " differs from " + settings.casemix().settings() + ": cdi.targets." + key + " " + casemix
                    + "; set both to the committee's goal");
        }
    }

    private static void add(JobDefinition job) {
        JOBS.put(job.name(), job);
    }

    static List<JobDefinition> all() {
        return List.copyOf(JOBS.values());
    }

    static boolean has(String name) {
        return JOBS.containsKey(name);
    }

    static List<String> names() {
        return List.copyOf(JOBS.keySet());
    }

    static JobDefinition get(String name) {
        JobDefinition job = JOBS.get(name);
        if (job == null) {
            throw new ConfigException("unknown job '" + name + "'; jobs are " + String.join(", ", JOBS.keySet()));
        }
        return job;
    }

    /** The named jobs in dependency order, so `run mpi stage` still stages first. */
    static List<JobDefinition> inOrder(List<String> names) {
        names.forEach(JobCatalog::get);
        return JOBS.values().stream().filter(j -> names.contains(j.name())).toList();
    }
}
