package org.steward.sampledata;

import java.util.List;
import java.util.SplittableRandom;

/** The payers of the simulated system, their initial denial rates and what share of charges they allow. */
final class Payers {

    enum Kind { MEDICARE, MEDICARE_ADVANTAGE, MEDICAID, COMMERCIAL }

    /** @param denialRate share of claims the payer initially denies (before planted root causes) */
    record Payer(String id, String name, Kind kind, double denialRate, double allowedShare) {
    }

    static final List<Payer> ALL = List.of(
            new Payer("P001", "Medicare Part A/B", Kind.MEDICARE, 0.07, 0.31),
            new Payer("P002", "State Medicaid", Kind.MEDICAID, 0.095, 0.27),
            new Payer("P003", "Keystone Blue Plan", Kind.COMMERCIAL, 0.085, 0.58),
            new Payer("P004", "Summit Mutual Health", Kind.COMMERCIAL, 0.095, 0.55),
            new Payer("P005", "Northstar Health, Inc.", Kind.COMMERCIAL, 0.105, 0.52),
            new Payer("P006", "Harbor Life & Health", Kind.COMMERCIAL, 0.08, 0.60),
            new Payer("P007", "Beacon Medicare Advantage", Kind.MEDICARE_ADVANTAGE, 0.11, 0.33));

    static final int MEDICAID = 1;
    static final int NORTHSTAR = 4;

    private Payers() {
    }

    static Payer get(int index) {
        return ALL.get(index);
    }

    /** The payer for an encounter: the person's usual coverage for their age, occasionally another. */
    static int forEncounter(long seed, int person, int ageYears, SplittableRandom r) {
        SplittableRandom personal = SeedStreams.of(seed, SeedStreams.Concern.PERSON_ALTERNATES, person + 7_000_000_000L);
        double u = personal.nextDouble();
        int usual;
        if (ageYears >= 65) {
            usual = u < 0.62 ? 0 : u < 0.86 ? 6 : u < 0.92 ? 1 : 2 + personal.nextInt(4);
        } else if (ageYears < 18) {
            usual = u < 0.42 ? 1 : 2 + personal.nextInt(4);
        } else {
            usual = u < 0.18 ? 1 : u < 0.22 ? 0 : 2 + personal.nextInt(4);
        }
        return r.nextDouble() < 0.92 ? usual : r.nextInt(ALL.size());
    }
}
