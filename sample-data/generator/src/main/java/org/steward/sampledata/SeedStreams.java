package org.steward.sampledata;

import java.util.SplittableRandom;

/**
 * Derives independent random streams from the master seed. Each concern (and each entity inside
 * a concern) gets its own stream, so tuning one concern never shifts the values of another and
 * an entity's values do not depend on how many draws came before it.
 */
final class SeedStreams {

    enum Concern {
        POPULATION, SSN_SPACE, FACILITY_LAYOUT, REGISTRATION_PLAN, FACILITY_ORDER, MRN,
        REGISTRATION, PERSON_ALTERNATES, PATIENT_DEFECTS, ENCOUNTERS, ENCOUNTER_DEFECTS,
        ADJUDICATION, CDI, VIOLATIONS, CODE_POOLS,
        // Privacy audits' inputs (issue 13); appended so no earlier concern's stream moves.
        PRIVACY
    }

    private SeedStreams() {
    }

    static SplittableRandom of(long seed, Concern concern) {
        return of(seed, concern, 0L);
    }

    static SplittableRandom of(long seed, Concern concern, long id) {
        long z = mix(seed ^ mix(0x5DEECE66DL + concern.ordinal() * 0x9E3779B97F4A7C15L));
        return new SplittableRandom(mix(z + id * 0xBF58476D1CE4E5B9L));
    }

    /** SplitMix64 finaliser: a bijective scramble of 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
