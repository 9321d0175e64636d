package org.steward.platform.batch;

/** The job parameters every Steward job takes. */
public final class JobParameterNames {

    /** Identifying: the period (YYYY-MM) or "all". */
    public static final String SCOPE = "scope";
    /** Identifying: the output folder (two output folders are two data sets). */
    public static final String OUTPUT = "output";
    /** Identifying: makes every `run` a new job instance; `restart` keeps the failed instance's value. */
    public static final String RUN_ID = "run.id";
    /**
     * The run date (YYYY-MM-DD; default today) that jobs judging time take as "now": mpi files its history
     * under it, quality and casemix judge dates by it, denials ignores later remittances.
     */
    public static final String AS_OF = "as-of";
    /**
     * Not identifying: the plan run (plan, period, and the run date or input when the plan runs once a day) a
     * job execution belongs to, so running the plan again skips its completed jobs and restarts a failed one.
     */
    public static final String PLAN_RUN = "plan.run";
    /** Not identifying: where the input CSV files are. */
    public static final String INPUT = "input";

    private JobParameterNames() {
    }
}
