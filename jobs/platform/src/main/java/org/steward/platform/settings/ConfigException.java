package org.steward.platform.settings;

/** A configuration or usage problem found before any job starts: the CLI exits with code 2. */
public class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
