package org.steward.app.cli;

import java.util.List;
import org.steward.platform.concurrent.SideBySide;
import org.steward.platform.settings.StewardSettings;

/**
 * The jobs' pre-flight checks, two at a time. On a cold JVM they are mostly class loading (quality's loads Spark's
 * SQL parser and its function registry, seconds of it; the others read YAML), which the context's start overlaps
 * on the other core: one long check on the same thread as the short ones would leave that core idle once the
 * context is up. Every check still runs before any job, and the failure reported is the first in the jobs' order,
 * as when they ran one after the other.
 */
final class PreflightChecks {

    private static final int AT_ONCE = 2;

    private PreflightChecks() {
    }

    static void check(List<JobCatalog.JobDefinition> jobs, StewardSettings settings, JobCatalog.RunRequest request)
            throws Exception {
        SideBySide.run(jobs.stream().<SideBySide.Work>map(job -> () -> job.preflight().check(settings, request)).toList(),
                AT_ONCE);
    }
}
