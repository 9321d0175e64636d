package org.steward.sampledata;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Parses the generator's command line into settings and an output folder. */
record GeneratorCommandLine(GeneratorSettings settings, Path outDir, boolean help) {

    static final String USAGE = """
            usage: SampleDataGenerator --out DIR [--reference DIR] [--persons N] [--facilities K]
                                       [--months M] [--first-month YYYY-MM] [--seed S] [--violations N]
              --out DIR             output folder (created if missing)
              --reference DIR       config/reference of a checkout (default: config/reference)
              --persons N           distinct persons (default 5000)
              --facilities K        facilities, 1-50 (default 3)
              --months M            months of service dates, 1-120 (default 12)
              --first-month YYYY-MM first service month (default 2025-01)
              --seed S              master seed (default 20251)
              --violations N        contract violations per file (default 10); 0 also leaves out the
                                    appeals' edge cases
              --help                this text""";

    static GeneratorCommandLine parse(String[] args) {
        GeneratorSettings d = GeneratorSettings.defaults(Path.of("config/reference"));
        int persons = d.persons();
        int facilities = d.facilities();
        int months = d.months();
        YearMonth firstMonth = d.firstMonth();
        long seed = d.seed();
        Path reference = d.referenceDir();
        int violations = d.contractViolationsPerFile();
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return new GeneratorCommandLine(d, null, true);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--persons" -> persons = integer(option, value);
                case "--facilities" -> facilities = integer(option, value);
                case "--months" -> months = integer(option, value);
                case "--first-month" -> firstMonth = month(value);
                case "--seed" -> seed = longValue(option, value);
                case "--reference" -> reference = Path.of(value);
                case "--violations" -> violations = integer(option, value);
                case "--out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out is required");
        }
        return new GeneratorCommandLine(
                new GeneratorSettings(persons, facilities, firstMonth, months, seed, reference, violations), out, false);
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, was " + value);
        }
    }

    private static long longValue(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, was " + value);
        }
    }

    private static YearMonth month(String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--first-month must look like 2025-01, was " + value);
        }
    }
}
