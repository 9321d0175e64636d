package org.steward.sampledata;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The facilities of the simulated health system and their habits: catchment area, size, MRN
 * format, how they write names and diagnosis codes, how well they document CCs/MCCs, and their
 * physicians.
 */
final class FacilityLayout {

    private static final int CATCHMENT_HALF_WIDTH = 250;

    final int count;
    private final int[] hubZip;
    private final WeightedChoice homeChoice;
    private final long[][] npis;
    private final int zipCount;

    FacilityLayout(int count, ZipDirectory zips, int persons, SplittableRandom random) {
        this.count = count;
        this.zipCount = zips.size();
        this.hubZip = new int[count];
        int center = random.nextInt(zipCount);
        int[] ids = new int[count];
        long[] weights = new long[count];
        for (int f = 0; f < count; f++) {
            // Neighbouring hubs give overlapping catchments, so people visit several facilities.
            int hub = center + (f - count / 2) * 120 + random.nextInt(81) - 40;
            hubZip[f] = Math.floorMod(hub, zipCount);
            ids[f] = f;
            weights[f] = Math.round(1000 / (1 + 0.35 * f));
        }
        this.homeChoice = new WeightedChoice(ids, weights);
        this.npis = new long[count][];
        Set<Long> issued = new HashSet<>();
        int poolSize = Math.max(20, Math.min(2000, persons / 150));
        for (int f = 0; f < count; f++) {
            npis[f] = new long[poolSize];
            for (int i = 0; i < poolSize; i++) {
                long npi;
                do {
                    npi = Npi.withCheckDigit(100_000_000L + random.nextLong(900_000_000L));
                } while (!issued.add(npi));
                npis[f][i] = npi;
            }
        }
    }

    static String id(int facility) {
        return "F" + (facility + 1);
    }

    int pickHome(SplittableRandom random) {
        return homeChoice.pick(random);
    }

    int pickZipNear(int facility, SplittableRandom random) {
        int offset = random.nextInt(2 * CATCHMENT_HALF_WIDTH + 1) - CATCHMENT_HALF_WIDTH;
        return Math.floorMod(hubZip[facility] + offset, zipCount);
    }

    int pickZipAnywhere(SplittableRandom random) {
        return random.nextInt(zipCount);
    }

    long pickNpi(int facility, SplittableRandom random) {
        long[] pool = npis[facility];
        // A few attendings carry most admissions.
        double u = random.nextDouble();
        int i = (int) (pool.length * u * u);
        return pool[Math.min(i, pool.length - 1)];
    }

    /** F2 exports ICD-10-CM codes without the dot; everyone else writes it. */
    boolean writesDiagnosisDots(int facility) {
        return facility != 1;
    }

    /** Even-numbered facilities (F2, F4, ...) register names and addresses in capitals. */
    boolean upperCaseNames(int facility) {
        return facility % 2 == 1;
    }

    /** F3 (or the last facility in smaller systems) under-documents CCs and MCCs. */
    boolean lowCcMccCapture(int facility) {
        return count >= 2 && facility == Math.min(2, count - 1);
    }

    /** MRN formats differ by facility, as they do between real registration systems. */
    String mrn(int facility, long number) {
        return switch (facility % 3) {
            case 0 -> Long.toString(10_000_000L + number);
            case 1 -> "M" + pad(number, 7);
            default -> pad(number, 9);
        };
    }

    String cdiSpecialist(int facility, int index) {
        return "CDS" + (facility + 1) + pad(index + 1, 2);
    }

    int cdiSpecialists(int facility) {
        return 3 + facility % 3;
    }

    private static String pad(long value, int width) {
        String s = Long.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
