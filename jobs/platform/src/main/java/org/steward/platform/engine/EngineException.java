package org.steward.platform.engine;

/** A statement an engine could not run; the message carries the engine's own words. */
public final class EngineException extends RuntimeException {

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
