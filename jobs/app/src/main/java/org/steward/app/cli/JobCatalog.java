package org.steward.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steward.mpi.job.MpiConfiguration;
import org.steward.mpi.job.MpiJobConfiguration;
import org.steward.platform.settings.ConfigException;
import org.steward.platform.settings.StewardSettings;
import org.steward.quality.config.RulePackLoader;
import org.steward.quality.job.QualityJobConfiguration;
import org.steward.stage.StageInput;
import org.steward.stage.StageJobConfiguration;

/** The jobs the CLI knows, in the order they depend on each other, with each job's pre-flight check. */
final class JobCatalog {

    /** A job: its name, the Spring bean that defines it, and a fast check of what it needs before it starts. */
    record JobDefinition(String name, String beanName, String summary, boolean readsInput, Preflight preflight) {
    }

    /** Fails with a ConfigException (exit 2) in milliseconds, instead of the job failing minutes later. */
    interface Preflight {
        void check(StewardSettings settings, Path input);
    }

    private static final Map<String, JobDefinition> JOBS = new LinkedHashMap<>();

    static {
        add(new JobDefinition(StageJobConfiguration.JOB, "stageJob",
                "type and check the input CSV files, write staged Parquet and a quarantine", true,
                (settings, input) -> StageInput.check(input)));
        add(new JobDefinition(MpiJobConfiguration.JOB, "mpiJob",
                "link every registration of the same person into one enterprise id (reads the staged patients)", false,
                (settings, input) -> MpiConfiguration.load(settings.mpi().settings())));
        add(new JobDefinition(QualityJobConfiguration.JOB, "qualityJob",
                "score the staged tables against config/quality rules, keep history, flag regressions", false,
                (settings, input) -> RulePackLoader.load(settings.quality().rules())));
    }

    private JobCatalog() {
    }

    private static void add(JobDefinition job) {
        JOBS.put(job.name(), job);
    }

    static List<JobDefinition> all() {
        return List.copyOf(JOBS.values());
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
