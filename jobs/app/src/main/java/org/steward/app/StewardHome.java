package org.steward.app;

import java.nio.file.Path;

/** The installation folder (config/, sql/, sample-data/): $STEWARD_HOME, set by bin/steward, else the working folder. */
public final class StewardHome {

    private StewardHome() {
    }

    public static Path resolve() {
        String fromProperty = System.getProperty("steward.home");
        String fromEnvironment = System.getenv("STEWARD_HOME");
        String home = fromProperty != null ? fromProperty : fromEnvironment != null ? fromEnvironment : ".";
        return Path.of(home).toAbsolutePath().normalize();
    }
}
