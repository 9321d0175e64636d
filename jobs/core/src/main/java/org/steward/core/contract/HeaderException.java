package org.steward.core.contract;

/** An input file whose header breaks the contract: the run cannot start. The message names the file and columns. */
public abstract class HeaderException extends Exception {

    protected HeaderException(String message) {
        super(message);
    }
}
