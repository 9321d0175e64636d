package org.steward.app.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.steward.app.StewardHome;
import org.steward.platform.settings.ConfigException;
import org.steward.sampledata.GenerationSummary;
import org.steward.sampledata.GeneratorSettings;
import org.steward.sampledata.SampleDataGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate deterministic synthetic input data with its ground truth.",
                "Writes the five input files and, under truth/, the ground truth: identity links, injected",
                "data-quality defects, contract violations, denial root causes, CDI rates and case mix."})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--persons", defaultValue = "5000", description = "Persons (default: ${DEFAULT-VALUE}).")
    int persons;

    @Option(names = "--facilities", defaultValue = "3", description = "Facilities (default: ${DEFAULT-VALUE}).")
    int facilities;

    @Option(names = "--months", defaultValue = "12", description = "Months of activity (default: ${DEFAULT-VALUE}).")
    int months;

    @Option(names = "--first-month", defaultValue = "2025-01", paramLabel = "YYYY-MM",
            description = "First month (default: ${DEFAULT-VALUE}).")
    String firstMonth;

    @Option(names = "--seed", defaultValue = "20251", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--violations", defaultValue = "10",
            description = "Rows per file that break the contract on purpose (default: ${DEFAULT-VALUE}).")
    int violations;

    @Option(names = "--output", paramLabel = "DIR",
            description = "Where to write (default: var/generated/<persons>p-<facilities>f in the installation folder).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path home = StewardHome.resolve();
        Path target = output != null ? output : home.resolve("var/generated").resolve(persons + "p-" + facilities + "f");
        GeneratorSettings settings;
        try {
            settings = new GeneratorSettings(persons, facilities, YearMonth.parse(firstMonth), months, seed,
                    home.resolve("config/reference"), violations);
        } catch (RuntimeException e) {
            throw new ConfigException("generate: " + e.getMessage());
        }
        GenerationSummary summary = generate(settings, target);
        spec.commandLine().getOut().printf("generated %s in %.1f s: %s%n", target, summary.elapsed().toMillis() / 1000.0,
                summary.rowsPerFile());
        return 0;
    }

    static GenerationSummary generate(GeneratorSettings settings, Path target) throws Exception {
        try {
            return new SampleDataGenerator().generate(settings, target);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("generate: " + e.getMessage());
        }
    }
}
