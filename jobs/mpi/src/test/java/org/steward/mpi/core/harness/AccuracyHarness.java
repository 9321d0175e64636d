package org.steward.mpi.core.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the matching core on the generator sample and the FEBRL sets with the one config and
 * prints, per data set, records, candidate pairs per rule, pairwise and B-cubed metrics, twins
 * auto-linked and time. Run from jobs/mpi: {@code java -cp ... AccuracyHarness [--errors] [DIR...]}; each DIR
 * (a generated folder, or one with patients.csv and truth.csv) is scored too.
 */
public final class AccuracyHarness {

    static final Path SAMPLE = Path.of("../../sample-data/sample");
    static final Path FEBRL1 = Path.of("../../../shared/linkage/febrl1");
    static final Path FEBRL3 = Path.of("../../../shared/linkage/febrl3");

    private AccuracyHarness() {
    }

    public static void main(String[] args) throws Exception {
        boolean errors = List.of(args).contains("--errors");
        MpiConfig config = MpiConfig.load(Path.of(System.getProperty("mpi.config", MpiConfig.CONFIG_DIR.toString())));
        DataSetRun sample = DataSetRun.run("generator sample", SAMPLE, config);
        System.out.print(sample.report());
        System.out.printf("   twins auto-linked: %d of %d%n", sample.twinsLinked(twins(SAMPLE)), twins(SAMPLE).size());
        if (errors) {
            System.out.print(ErrorBreakdown.weightsTable(sample.result().estimate().weights()));
            System.out.print(ErrorBreakdown.describe(sample,
                    ErrorBreakdown.errorKinds(SAMPLE.resolve("truth/registration_errors.csv"))));
        }
        List<Path> sets = new ArrayList<>(List.of(FEBRL1, FEBRL3));
        List.of(args).stream().filter(a -> !a.startsWith("--")).map(Path::of).forEach(sets::add);
        for (Path febrl : sets) {
            if (!Files.isDirectory(febrl)) {
                System.out.println("== " + febrl + " absent, skipped");
                continue;
            }
            DataSetRun run = DataSetRun.run(febrl.getFileName().toString(), febrl, config);
            System.out.print(run.report());
            if (Files.exists(febrl.resolve("truth/twins.csv"))) {
                System.out.printf("   twins auto-linked: %d of %d%n", run.twinsLinked(twins(febrl)), twins(febrl).size());
                System.out.print(ErrorBreakdown.twinPatterns(run, twins(febrl)));
            }
            if (errors) {
                System.out.print(ErrorBreakdown.weightsTable(run.result().estimate().weights()));
                System.out.print(ErrorBreakdown.describe(run,
                        ErrorBreakdown.errorKinds(febrl.resolve("truth/registration_errors.csv"))));
            }
        }
    }

    static List<String[]> twins(Path sample) throws java.io.IOException {
        List<String[]> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(sample.resolve("truth/twins.csv"));
        for (String line : lines.subList(1, lines.size())) {
            out.add(line.split(","));
        }
        return out;
    }
}
