package org.steward.stage.csv;

/** An input file that cannot be read as CSV at all (not one bad row): the run stops with exit code 2. */
public final class UnreadableInputException extends RuntimeException {

    public UnreadableInputException(String message) {
        super(message);
    }
}
