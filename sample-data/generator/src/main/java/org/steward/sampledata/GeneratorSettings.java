package org.steward.sampledata;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What to generate. The same settings (and seed) always give byte-identical files.
 *
 * @param persons                  distinct people (each gets at least one registration)
 * @param facilities               facilities of the health system, 1..50 (ids F1..Fn)
 * @param firstMonth               first month of service dates
 * @param months                   number of months of service dates, 1..120
 * @param seed                     master seed; every random stream is derived from it
 * @param referenceDir             the {@code config/reference} folder of a checkout
 * @param contractViolationsPerFile rows broken on purpose in each of encounters, claims,
 *                                 remittance_adjustments and cdi_queries; when above 0, appeals.csv also gets
 *                                 its edge cases (appeals of claims not on file or not denied, rows planted to
 *                                 fail a data-quality check)
 */
public record GeneratorSettings(int persons, int facilities, YearMonth firstMonth, int months,
                                long seed, Path referenceDir, int contractViolationsPerFile) {

    public static final int MAX_FACILITIES = 50;
    public static final int MAX_MONTHS = 120;

    public GeneratorSettings {
        Objects.requireNonNull(firstMonth, "firstMonth must be set");
        Objects.requireNonNull(referenceDir, "referenceDir must be set");
        if (persons < 1) {
            throw new IllegalArgumentException("persons must be at least 1, was " + persons);
        }
        if (facilities < 1 || facilities > MAX_FACILITIES) {
            throw new IllegalArgumentException(
                    "facilities must be between 1 and " + MAX_FACILITIES + ", was " + facilities);
        }
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("months must be between 1 and " + MAX_MONTHS + ", was " + months);
        }
        if (contractViolationsPerFile < 0) {
            throw new IllegalArgumentException(
                    "contractViolationsPerFile must not be negative, was " + contractViolationsPerFile);
        }
    }

    /** 5,000 persons, 3 facilities, 12 months from 2025-01, seed 20251, 10 violations per file. */
    public static GeneratorSettings defaults(Path referenceDir) {
        return new GeneratorSettings(5000, 3, YearMonth.of(2025, 1), 12, 20251L, referenceDir, 10);
    }

    YearMonth lastMonth() {
        return firstMonth.plusMonths(months - 1L);
    }

    int firstDay() {
        return (int) firstMonth.atDay(1).toEpochDay();
    }

    int lastDay() {
        return (int) lastMonth().atEndOfMonth().toEpochDay();
    }
}
