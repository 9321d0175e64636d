package org.steward.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.steward.app.StewardHome;
import org.steward.platform.settings.SettingsLoader;
import org.steward.platform.settings.StewardSettings;
import picocli.CommandLine.Option;

/** The --config option shared by every command that reads settings. */
final class SettingsOption {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file (default: config/steward.yml in the installation folder).")
    Path config;

    StewardSettings load() {
        return SettingsLoader.load(StewardHome.resolve(), Optional.ofNullable(config));
    }
}
