package org.steward.sampledata;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Generates the whole input contract (patients, encounters, claims, remittance adjustments, CDI
 * queries) with ground truth under {@code truth/}. Deterministic: the same settings give
 * byte-identical files. Rows stream to disk; only compact per-person state is held in memory.
 */
public final class SampleDataGenerator {

    public GenerationSummary generate(GeneratorSettings settings, Path outDir) throws IOException {
        Objects.requireNonNull(settings, "settings must be set");
        Objects.requireNonNull(outDir, "outDir must be set");
        long started = System.nanoTime();
        Files.createDirectories(outDir.resolve("truth"));

        ReferenceData ref = ReferenceData.load(settings.referenceDir());
        NameLists names = NameLists.load();
        long seed = settings.seed();
        FacilityLayout layout = new FacilityLayout(settings.facilities(), ref.zips, settings.persons(),
                SeedStreams.of(seed, SeedStreams.Concern.FACILITY_LAYOUT));
        SsnSpace ssns = new SsnSpace(SeedStreams.of(seed, SeedStreams.Concern.SSN_SPACE));
        Population pop = new HouseholdFactory(settings, names, ref.zips, layout, ssns).build();
        RegistrationPlan plan = RegistrationPlan.build(pop, settings.facilities(), seed);

        CodePools pools = new CodePools(ref, seed);
        ClinicalCoder coder = new ClinicalCoder(pools, ref);
        DenialRootCauses rootCauses = new DenialRootCauses(settings);
        CaseMixTally caseMix = new CaseMixTally(settings.facilities(), settings.firstMonth(), settings.months());
        CdiTally cdiTally = new CdiTally(settings.facilities());
        long expectedEncounters = Math.round(plan.countOfKind(RegistrationPlan.FIRST) * 1.9
                + plan.countOfKind(RegistrationPlan.OTHER_FACILITY) * 1.25
                + plan.countOfKind(RegistrationPlan.DUPLICATE));

        Path truthDir = outDir.resolve("truth");
        OutputFiles out = new OutputFiles(outDir, settings, expectedEncounters);
        try (out) {
            new RegistrationStream(settings, pop, plan, layout,
                    new RegistrationErrors(pop, names, new AddressBook(names, ref.zips, seed), layout, settings),
                    new DefectInjector(pools, ref, settings),
                    new EncounterFactory(settings, layout, coder),
                    new CdiQueryFactory(coder, layout, settings.lastDay()),
                    new ClaimOffice(new DenialPatterns(ref.remittance), rootCauses),
                    caseMix, cdiTally, out).writeAll();
        }
        out.count("truth/twins.csv", writeTwins(pop, truthDir.resolve("twins.csv")));
        out.count("truth/denial_root_causes.csv", rootCauses.write(truthDir.resolve("denial_root_causes.csv")));
        out.count("truth/cdi_rates.csv", cdiTally.write(truthDir.resolve("cdi_rates.csv")));
        out.count("truth/case_mix.csv", caseMix.write(truthDir.resolve("case_mix.csv")));
        // Appeals of the denials (optional input): read back from the files above, from a random stream of its own.
        new AppealInputs(settings).write(outDir, out);
        // Records lifecycle (issue 14): read back from the files above, from a random stream of its own.
        new LifecycleInputs(settings).write(outDir, out);
        // Privacy audits (issue 13): read back from the files above, from a random stream of its own.
        PrivacyInputs.write(settings, names, outDir).forEach(out::count);
        return new GenerationSummary(out.rows(), Duration.ofNanos(System.nanoTime() - started));
    }

    private static long writeTwins(Population pop, Path file) throws IOException {
        try (CsvOut out = new CsvOut(file, OutputFiles.TWINS_HEADER)) {
            CsvRow row = new CsvRow();
            for (int i = 0; i < pop.twinPairCount(); i++) {
                out.write(row.clear().num(pop.twinA(i)).num(pop.twinB(i)));
            }
            return out.rows();
        }
    }

    /** Command line; prints counts and timings only, never a generated value. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        GeneratorCommandLine line;
        try {
            line = GeneratorCommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            stderr.println("error: " + e.getMessage());
            stderr.println(GeneratorCommandLine.USAGE);
            return 2;
        }
        if (line.help()) {
            stdout.println(GeneratorCommandLine.USAGE);
            return 0;
        }
        try {
            GenerationSummary summary = new SampleDataGenerator().generate(line.settings(), line.outDir());
            for (Map.Entry<String, Long> entry : summary.rowsPerFile().entrySet()) {
                stdout.printf("%-36s %,12d rows%n", entry.getKey(), entry.getValue());
            }
            stdout.printf("generated in %.1f s%n", summary.elapsed().toMillis() / 1000.0);
            return 0;
        } catch (IOException | RuntimeException e) {
            stderr.println("generation failed: " + e.getMessage());
            return 1;
        }
    }
}
