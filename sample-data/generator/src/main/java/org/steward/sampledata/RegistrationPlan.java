package org.steward.sampledata;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Who is registered where. Each person has a first registration at the home facility; about 30%
 * also register at a second facility and 10% at a third (overlaps), and about 4% get a second MRN
 * inside one facility (duplicates). Within a facility the registrations are shuffled before MRNs
 * are assigned, so file order and MRN order say nothing about who is who.
 */
final class RegistrationPlan {

    static final byte FIRST = 0;
    static final byte OTHER_FACILITY = 1;
    static final byte DUPLICATE = 2;

    private int count;
    private int[] person;
    private byte[] facility;
    private byte[] kind;
    private int[][] facilityOrder;

    private RegistrationPlan(int capacity) {
        person = new int[capacity];
        facility = new byte[capacity];
        kind = new byte[capacity];
    }

    static RegistrationPlan build(Population pop, int facilities, long seed) {
        RegistrationPlan plan = new RegistrationPlan(pop.size + pop.size / 2 + 16);
        for (int p = 0; p < pop.size; p++) {
            SplittableRandom r = SeedStreams.of(seed, SeedStreams.Concern.REGISTRATION_PLAN, p);
            int home = pop.homeFacility[p];
            plan.add(p, home, FIRST);
            int second = -1;
            int third = -1;
            if (facilities > 1 && r.nextDouble() < 0.30) {
                second = otherThan(home, -1, facilities, r);
                plan.add(p, second, OTHER_FACILITY);
                if (facilities > 2 && r.nextDouble() < 1.0 / 3) {
                    third = otherThan(home, second, facilities, r);
                    plan.add(p, third, OTHER_FACILITY);
                }
            }
            if (r.nextDouble() < 0.04) {
                int where = second < 0 || r.nextDouble() < 0.7 ? home : (third < 0 || r.nextBoolean() ? second : third);
                plan.add(p, where, DUPLICATE);
            }
        }
        plan.shuffleWithinFacilities(facilities, seed);
        return plan;
    }

    int count() {
        return count;
    }

    int person(int registration) {
        return person[registration];
    }

    int facility(int registration) {
        return facility[registration];
    }

    byte kind(int registration) {
        return kind[registration];
    }

    /** Registrations of one facility in MRN order. */
    int[] order(int facilityIndex) {
        return facilityOrder[facilityIndex];
    }

    long countOfKind(byte wanted) {
        long n = 0;
        for (int i = 0; i < count; i++) {
            if (kind[i] == wanted) {
                n++;
            }
        }
        return n;
    }

    private void add(int p, int f, byte k) {
        if (count == person.length) {
            int grown = count + count / 2;
            person = Arrays.copyOf(person, grown);
            facility = Arrays.copyOf(facility, grown);
            kind = Arrays.copyOf(kind, grown);
        }
        person[count] = p;
        facility[count] = (byte) f;
        kind[count] = k;
        count++;
    }

    private void shuffleWithinFacilities(int facilities, long seed) {
        int[] sizes = new int[facilities];
        for (int i = 0; i < count; i++) {
            sizes[facility[i]]++;
        }
        facilityOrder = new int[facilities][];
        for (int f = 0; f < facilities; f++) {
            facilityOrder[f] = new int[sizes[f]];
        }
        int[] filled = new int[facilities];
        for (int i = 0; i < count; i++) {
            facilityOrder[facility[i]][filled[facility[i]]++] = i;
        }
        for (int f = 0; f < facilities; f++) {
            SplittableRandom r = SeedStreams.of(seed, SeedStreams.Concern.FACILITY_ORDER, f);
            int[] order = facilityOrder[f];
            for (int i = order.length - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
    }

    private static int otherThan(int a, int b, int facilities, SplittableRandom r) {
        int f;
        do {
            f = r.nextInt(facilities);
        } while (f == a || f == b);
        return f;
    }
}
