package org.steward.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.steward.mpi.job.ModelDocument;
import org.steward.mpi.job.ModelFile;
import org.steward.mpi.job.MpiConfiguration;
import org.steward.platform.settings.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Prints the model the last mpi run used (mpi/index/model.json): per field and level the m and u
 * probabilities and the match weight they give, the prior, and whether the settings it was estimated
 * under are still the configured ones. Reads the document only: no registration, no value.
 */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = {"Show the MPI's estimated model: the comparison fields and levels with m, u and match weight,",
                "the prior, and the settings fingerprint (from mpi/index/model.json of an output folder)."})
final class MpiModelCommand extends SettingsCommand {

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "demo-output",
            description = "The output folder of an mpi run (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() {
        Path index = ModelFile.indexFolder(output);
        ModelDocument model;
        try {
            model = ModelFile.document(index);
        } catch (ModelFile.Unreadable e) {
            throw new ConfigException(e.getMessage() + "; an mpi run into " + output + " writes it (and rebuilds "
                    + "the index in full when it cannot be read)");
        }
        PrintWriter out = out();
        out.println("MPI model: " + index.resolve("model.json"));
        out.println("settings fingerprint: " + model.settingsFingerprint() + " (" + fingerprintNow(model) + ")");
        ModelDocument.Prior prior = model.prior();
        out.printf(Locale.ROOT, "prior: %.3g (the probability that two random registrations are one person), "
                + "log2 odds %+.2f%n", prior.probabilityTwoRandomRecordsMatch(), prior.log2Odds());
        out.println("match weight of a pair = prior log2 odds + one weight per field; a field's weight = log2(m/u), "
                + "at most " + format(model.maxAbsoluteWeight()) + " either way; a missing value weighs 0");
        List<String> adjusted = new ArrayList<>();
        for (Map.Entry<String, Integer> e : model.termFrequencies().valuesPerField().entrySet()) {
            adjusted.add(String.format(Locale.ROOT, "%s (%,d values)", e.getKey(), e.getValue()));
        }
        if (!adjusted.isEmpty()) {
            out.println("term frequencies: exact agreement on " + String.join(", ", adjusted)
                    + " is weighted log2(m / the value's frequency): a common value counts for less");
        }
        out.println();
        List<List<String>> rows = new ArrayList<>();
        for (ModelDocument.Comparison c : model.comparisons()) {
            for (ModelDocument.Level l : c.levels()) {
                rows.add(List.of(c.field(), l.level(), probability(l.m()), probability(l.u()), weight(l.matchWeight()),
                        l.uSameHousehold() == null ? "-" : probability(l.uSameHousehold()),
                        l.matchWeightSameHousehold() == null ? "-" : weight(l.matchWeightSameHousehold())));
            }
        }
        TextTable.print(out, List.of("field", "level", "m", "u", "match weight", "u same household",
                "weight same household"), rows);
        return 0;
    }

    /** Whether the configured mpi.yml is the one the model was estimated under. */
    private String fingerprintNow(ModelDocument model) {
        Path file = settings().mpi().settings();
        try {
            return model.settingsFingerprint().equals(MpiConfiguration.load(file).fingerprint())
                    ? "the configured " + file.getFileName() + " and its reference files are the same"
                    : file + " or its reference files changed since: the next mpi run rebuilds the index";
        } catch (ConfigException e) {
            return "not compared: " + e.getMessage();
        }
    }

    private static String probability(double p) {
        return String.format(Locale.ROOT, "%.4g", p);
    }

    private static String weight(double w) {
        return String.format(Locale.ROOT, "%+.2f", w);
    }

    private static String format(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }
}
