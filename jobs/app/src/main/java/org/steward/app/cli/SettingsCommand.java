package org.steward.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.steward.platform.settings.StewardSettings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that reads the settings file (--config) and prints to the command line's output. */
abstract class SettingsCommand implements Callable<Integer> {

    @Mixin
    SettingsOption settingsOption;

    @Spec
    CommandSpec spec;

    StewardSettings settings() {
        return settingsOption.load();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
