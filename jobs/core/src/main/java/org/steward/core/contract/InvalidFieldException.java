package org.steward.core.contract;

/** A value that cannot be typed. The message names the problem, never the value (it may be PHI). */
public final class InvalidFieldException extends Exception {

    public InvalidFieldException(String reason) {
        super(reason, null, false, false);
    }
}
