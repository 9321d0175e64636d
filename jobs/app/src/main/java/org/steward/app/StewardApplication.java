package org.steward.app;

import org.steward.app.cli.StewardCommand;

/** Entry point of bin/steward and of {@code java -jar steward.jar}. */
public final class StewardApplication {

    private StewardApplication() {
    }

    public static void main(String[] args) {
        System.exit(StewardCommand.execute(args));
    }
}
