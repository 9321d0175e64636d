package org.steward.app;

/** Exit codes a scheduler can act on; documented in the README and in --help. */
public final class ExitCodes {

    public static final int OK = 0;
    /** An unexpected internal error (a bug or the machine): worth a look by a developer. */
    public static final int INTERNAL_ERROR = 1;
    /** Usage or configuration error: bad arguments, settings, or input files that break the contract's header. */
    public static final int USAGE = 2;
    /** A job ran and failed; `steward restart` continues it from where it stopped. */
    public static final int JOB_FAILED = 3;
    /** Every job completed, but an error-severity data-quality check failed its threshold (see quality/results). */
    public static final int CHECKS_FAILED = 4;
    /** Another run holds the output folder; this one did nothing. Run it again when that one has ended. */
    public static final int OUTPUT_IN_USE = 5;

    private ExitCodes() {
    }
}
