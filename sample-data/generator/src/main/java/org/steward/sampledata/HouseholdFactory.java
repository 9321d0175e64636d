package org.steward.sampledata;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Builds the population household by household, so family members share an address, often a
 * phone and a surname; some households have twins (same surname, birth date and address) or a
 * father and son with the same name told apart only by JR/SR and birth date.
 */
final class HouseholdFactory {

    private static final double TWIN_SHARE = 0.025;
    private static final int MAX_AGE = 100;

    private final GeneratorSettings settings;
    private final NameLists names;
    private final ZipDirectory zips;
    private final FacilityLayout layout;
    private final SsnSpace ssns;
    private final int[] birthLo = new int[MAX_AGE + 1];
    private final int[] birthHi = new int[MAX_AGE + 1];

    /** What the members of one household share. */
    private record Home(int facility, int zip, int place, int number, int street, int suffix, int unit,
                        long landline) {
    }

    HouseholdFactory(GeneratorSettings settings, NameLists names, ZipDirectory zips, FacilityLayout layout,
                     SsnSpace ssns) {
        this.settings = settings;
        this.names = names;
        this.zips = zips;
        this.layout = layout;
        this.ssns = ssns;
        // Everyone is born before the first service month, so no encounter predates a birth.
        LocalDate start = settings.firstMonth().atDay(1);
        for (int age = 0; age <= MAX_AGE; age++) {
            birthHi[age] = (int) start.minusYears(age).toEpochDay() - 1;
            birthLo[age] = (int) start.minusYears(age + 1L).toEpochDay();
        }
    }

    Population build() {
        Population pop = new Population(settings.persons());
        SplittableRandom r = SeedStreams.of(settings.seed(), SeedStreams.Concern.POPULATION);
        int next = 0;
        while (next < pop.size) {
            next = household(pop, next, r);
        }
        return pop;
    }

    private int household(Population pop, int start, SplittableRandom r) {
        int facility = layout.pickHome(r);
        int zip = r.nextDouble() < 0.92 ? layout.pickZipNear(facility, r) : layout.pickZipAnywhere(r);
        Home home = new Home(facility, zip, r.nextInt(zips.placeCount(zip)), streetNumber(r),
                r.nextInt(names.streets.size()), names.pickStreetSuffix(r),
                r.nextDouble() < 0.15 ? 1 + r.nextInt(400) : 0,
                r.nextDouble() < 0.25 ? PhoneNumbers.random(r) : 0);
        int surname = names.pickSurname(r);
        double type = r.nextDouble();
        int i = start;
        if (type < 0.28) {
            int age = r.nextDouble() < 0.05 ? 85 + r.nextInt(16) : 18 + r.nextInt(70);
            i = adult(pop, i, randomSex(r), age, surname, home, r, -1);
        } else if (type < 0.48 || type >= 0.90) {
            boolean elderly = type >= 0.90;
            int headAge = elderly ? 65 + r.nextInt(31) : 20 + r.nextInt(71);
            int head = i;
            i = adult(pop, i, 'M', headAge, surname, home, r, -1);
            i = spouse(pop, i, clampAge(headAge - 4 + r.nextInt(10)), surname, home, r);
            if (head + 1 < i) {
                pop.phone[head + 1] = pop.phone[head + 1] == 0 ? pop.phone[head] : pop.phone[head + 1];
            }
        } else {
            boolean couple = type < 0.80;
            int parentAge = 22 + r.nextInt(34);
            int head = i;
            char headSex = couple ? 'M' : (r.nextDouble() < 0.8 ? 'F' : 'M');
            i = adult(pop, i, headSex, parentAge, surname, home, r, -1);
            if (couple) {
                i = spouse(pop, i, clampAge(parentAge - 3 + r.nextInt(8)), surname, home, r);
            }
            i = children(pop, i, head, parentAge, surname, home, r);
        }
        return i;
    }

    private int spouse(Population pop, int i, int age, int householdSurname, Home home, SplittableRandom r) {
        if (i >= pop.size) {
            return i;
        }
        boolean takesName = r.nextDouble() < 0.78;
        int next = adult(pop, i, 'F', age, takesName ? householdSurname : names.pickSurname(r), home, r, -1);
        if (!takesName) {
            pop.otherLast[i] = (short) householdSurname;
        }
        return next;
    }

    private int children(Population pop, int i, int head, int parentAge, int surname, Home home,
                         SplittableRandom r) {
        int maxAge = Math.min(25, parentAge - 18);
        double k = r.nextDouble();
        int count = k < 0.35 ? 1 : k < 0.75 ? 2 : k < 0.93 ? 3 : 4;
        boolean juniorDone = false;
        int previous = -1;
        for (int c = 0; c < count && i < pop.size; c++) {
            int age = r.nextInt(maxAge + 1);
            boolean twin = previous >= 0 && r.nextDouble() < TWIN_SHARE;
            char sex = twin && r.nextDouble() < 0.65 ? pop.sexOf(previous) : randomSex(r);
            int child = i;
            i = person(pop, i, sex, twin ? age(pop.birthDay[previous]) : age, surname, home, r, head);
            if (twin) {
                pop.birthDay[child] = pop.birthDay[previous];
                twinNames(pop, previous, child, r);
                pop.addTwins(previous + 1, child + 1);
            } else if (!juniorDone && sex == 'M' && pop.sexOf(head) == 'M' && pop.suffix[head] == 0
                    && r.nextDouble() < 0.15) {
                pop.first[child] = pop.first[head];
                pop.middle[child] = pop.middle[head];
                pop.suffix[child] = 1;
                pop.suffix[head] = (byte) (r.nextDouble() < 0.4 ? 2 : 0);
                juniorDone = true;
            }
            previous = child;
        }
        return i;
    }

    private void twinNames(Population pop, int a, int b, SplittableRandom r) {
        if (pop.sex[a] == pop.sex[b] && r.nextDouble() < 0.5) {
            int same = names.pickSameInitial(pop.first[a], r);
            if (same >= 0) {
                pop.first[b] = (short) same;
            }
        }
        while (pop.first[b] == pop.first[a]) {
            pop.first[b] = (short) names.pickFirst(pop.sexOf(b), r);
        }
    }

    private int adult(Population pop, int i, char sex, int age, int surname, Home home, SplittableRandom r,
                      int head) {
        if (i >= pop.size) {
            return i;
        }
        int next = person(pop, i, sex, age, surname, home, r, head);
        if (sex == 'M' && r.nextDouble() < 0.02) {
            pop.suffix[i] = (byte) (1 + r.nextInt(4));
        }
        return next;
    }

    /** Fills person i and returns the next free index. */
    private int person(Population pop, int i, char sex, int age, int surname, Home home, SplittableRandom r,
                       int head) {
        pop.sex[i] = (byte) sex;
        pop.first[i] = (short) names.pickFirst(sex, r);
        if (r.nextDouble() < 0.75) {
            int middle;
            do {
                middle = names.pickFirst(sex, r);
            } while (middle == pop.first[i]);
            pop.middle[i] = (short) middle;
        }
        pop.last[i] = (short) surname;
        do {
            pop.otherLast[i] = (short) names.pickSurname(r);
        } while (pop.otherLast[i] == surname);
        pop.birthDay[i] = birthLo[age] + r.nextInt(birthHi[age] - birthLo[age] + 1);
        double ssnChance = age == 0 ? 0.55 : age < 18 ? 0.93 : 0.97;
        pop.ssn[i] = r.nextDouble() < ssnChance ? ssns.forPerson(i) : 0;
        pop.homeFacility[i] = (byte) home.facility();
        pop.zip[i] = home.zip();
        pop.place[i] = (byte) home.place();
        pop.streetNumber[i] = (short) home.number();
        pop.street[i] = (short) home.street();
        pop.streetSuffix[i] = (byte) home.suffix();
        pop.unit[i] = (short) home.unit();
        long headPhone = head >= 0 ? pop.phone[head] : 0;
        if (age >= 18) {
            pop.phone[i] = r.nextDouble() < 0.85 ? PhoneNumbers.random(r) : home.landline();
            pop.emailStyle[i] = (byte) (r.nextDouble() < 0.45 ? 1 + r.nextInt(4) : 0);
        } else if (age >= 13 && r.nextDouble() < 0.6) {
            pop.phone[i] = PhoneNumbers.random(r);
            pop.emailStyle[i] = (byte) (r.nextDouble() < 0.2 ? 1 + r.nextInt(4) : 0);
        } else {
            pop.phone[i] = home.landline() != 0 ? home.landline() : headPhone;
        }
        pop.emailNumber[i] = (short) r.nextInt(100);
        double deathChance = age >= 65 ? 0.025 : age >= 18 ? 0.002 : 0;
        if (r.nextDouble() < deathChance) {
            int first = settings.firstDay();
            int last = settings.lastDay();
            int from = last - first > 30 ? first + 15 : first;
            pop.deathDay[i] = from + r.nextInt(last - from + 1);
        }
        return i + 1;
    }

    private char randomSex(SplittableRandom r) {
        double s = r.nextDouble();
        return s < 0.002 ? 'U' : s < 0.51 ? 'F' : 'M';
    }

    private int age(int birthDay) {
        for (int age = 0; age <= MAX_AGE; age++) {
            if (birthDay >= birthLo[age]) {
                return age;
            }
        }
        return MAX_AGE;
    }

    private static int clampAge(int age) {
        return Math.max(18, Math.min(MAX_AGE, age));
    }

    private static int streetNumber(SplittableRandom r) {
        return r.nextDouble() < 0.6 ? 100 + r.nextInt(2900) : 1 + r.nextInt(9999);
    }
}
