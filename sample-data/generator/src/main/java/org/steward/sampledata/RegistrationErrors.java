package org.steward.sampledata;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Produces what a facility recorded for a registration: the true identity for a person's first
 * registration, and 0-3 keying or life-change errors for every later one (another facility or a
 * duplicate MRN). Errors never create a data-quality defect by accident: a mistyped SSN stays
 * structurally valid and a mistyped birth date stays a real past date.
 */
final class RegistrationErrors {

    private static final IdentityDeviation[] KINDS = {
        IdentityDeviation.TYPO_FIRST, IdentityDeviation.NICKNAME, IdentityDeviation.TYPO_LAST,
        IdentityDeviation.MARRIED_NAME, IdentityDeviation.SWAPPED_NAMES, IdentityDeviation.MIDDLE_MISSING,
        IdentityDeviation.MIDDLE_INITIAL, IdentityDeviation.DOB_DAY_MONTH_SWAP, IdentityDeviation.DOB_DIGIT,
        IdentityDeviation.SSN_MISSING, IdentityDeviation.SSN_TYPO, IdentityDeviation.SSN_PLACEHOLDER,
        IdentityDeviation.ADDRESS_MOVE, IdentityDeviation.ADDRESS_FORMAT, IdentityDeviation.PHONE_MISSING,
    };
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};
    // Relative frequencies; the placeholder SSN is kept rare because it also counts as a dq defect.
    private static final int[] WEIGHTS = {24, 20, 24, 10, 6, 16, 10, 8, 12, 20, 10, 1, 20, 12, 16};

    private final Population pop;
    private final NameLists names;
    private final AddressBook addresses;
    private final FacilityLayout layout;
    private final int latestBirthDay;
    private final int adultBirthDay;
    private final WeightedChoice kindChoice;

    RegistrationErrors(Population pop, NameLists names, AddressBook addresses, FacilityLayout layout,
                       GeneratorSettings settings) {
        this.pop = pop;
        this.names = names;
        this.addresses = addresses;
        this.layout = layout;
        this.latestBirthDay = settings.firstDay() - 1;
        this.adultBirthDay = (int) settings.firstMonth().atDay(1).minusYears(18).toEpochDay();
        int[] idx = new int[KINDS.length];
        long[] w = new long[KINDS.length];
        for (int i = 0; i < KINDS.length; i++) {
            idx[i] = i;
            w[i] = WEIGHTS[i];
        }
        this.kindChoice = new WeightedChoice(idx, w);
    }

    void record(int registration, int person, int facility, boolean first, String mrn, RecordedPatient out,
                SplittableRandom r) {
        out.registration = registration;
        out.person = person;
        out.facility = facility;
        out.mrn = mrn;
        out.deviations = 0;
        out.first = names.firstNames.get(pop.first[person]);
        out.middle = pop.middle[person] >= 0 ? names.firstNames.get(pop.middle[person]) : "";
        out.last = names.surnames.get(pop.last[person]);
        out.suffix = Population.SUFFIXES[pop.suffix[person]];
        out.sex = pop.sexOf(person);
        out.birthDay = pop.birthDay[person];
        out.ssn = pop.ssn[person];
        out.phone = pop.phone[person];
        addresses.fillTrue(pop, person, out);
        out.email = pop.emailStyle[person] == 0 ? "" : AddressBook.email(out.first, out.last,
                pop.emailStyle[person], pop.emailNumber[person], LocalDate.ofEpochDay(out.birthDay).getYear());
        if (!first) {
            if (!out.email.isEmpty() && r.nextDouble() < 0.3) {
                out.email = "";
                out.add(IdentityDeviation.EMAIL_MISSING);
            }
            double k = r.nextDouble();
            int wanted = k < 0.30 ? 0 : k < 0.65 ? 1 : k < 0.87 ? 2 : 3;
            for (int attempt = 0; attempt < 30 && wanted > 0; attempt++) {
                IdentityDeviation kind = KINDS[kindChoice.pick(r)];
                if (applicable(kind, out) && apply(kind, out, r)) {
                    wanted--;
                }
            }
        }
        if (layout.upperCaseNames(facility)) {
            out.first = out.first.toUpperCase(Locale.ROOT);
            out.middle = out.middle.toUpperCase(Locale.ROOT);
            out.last = out.last.toUpperCase(Locale.ROOT);
            out.addressLine = out.addressLine.toUpperCase(Locale.ROOT);
            out.city = out.city.toUpperCase(Locale.ROOT);
        } else if (out.suffix.length() == 2 && out.suffix.endsWith("R")) {
            out.suffix = out.suffix.charAt(0) + "r";
        }
    }

    private boolean applicable(IdentityDeviation kind, RecordedPatient out) {
        if (out.hasGroup(kind.group)) {
            return false;
        }
        boolean namesTouched = out.hasGroup(IdentityDeviation.Group.FIRST) || out.hasGroup(IdentityDeviation.Group.LAST);
        return switch (kind) {
            case TYPO_FIRST -> !out.has(IdentityDeviation.SWAPPED_NAMES) && out.first.length() >= 3;
            case NICKNAME -> !out.has(IdentityDeviation.SWAPPED_NAMES) && !names.nicknamesOf(out.first).isEmpty();
            case TYPO_LAST -> !out.has(IdentityDeviation.SWAPPED_NAMES) && out.last.length() >= 3;
            case MARRIED_NAME -> !out.has(IdentityDeviation.SWAPPED_NAMES) && out.sex == 'F'
                    && out.birthDay <= adultBirthDay && !out.hasGroup(IdentityDeviation.Group.ADDRESS);
            case SWAPPED_NAMES -> !namesTouched;
            case MIDDLE_MISSING -> !out.middle.isEmpty();
            case MIDDLE_INITIAL -> out.middle.length() > 1;
            case DOB_DAY_MONTH_SWAP, DOB_DIGIT -> true;
            case SSN_MISSING, SSN_TYPO -> out.ssn != 0;
            case SSN_PLACEHOLDER -> true;
            case ADDRESS_MOVE, ADDRESS_FORMAT -> true;
            case PHONE_MISSING -> out.phone != 0;
            default -> false;
        };
    }

    /** Applies one deviation; false when it could not be made (the caller then tries another). */
    private boolean apply(IdentityDeviation kind, RecordedPatient out, SplittableRandom r) {
        switch (kind) {
            case TYPO_FIRST -> out.first = Typos.apply(out.first, r);
            case NICKNAME -> {
                List<String> nicks = names.nicknamesOf(out.first);
                out.first = nicks.get(r.nextInt(nicks.size()));
            }
            case TYPO_LAST -> out.last = Typos.apply(out.last, r);
            case MARRIED_NAME -> {
                out.last = names.surnames.get(pop.otherLast[out.person]);
                addresses.fillMoved(pop, out.person, out);
                out.add(IdentityDeviation.ADDRESS_MOVE);
            }
            case SWAPPED_NAMES -> {
                String t = out.first;
                out.first = out.last;
                out.last = t;
            }
            case MIDDLE_MISSING -> out.middle = "";
            case MIDDLE_INITIAL -> out.middle = out.middle.substring(0, 1);
            case DOB_DAY_MONTH_SWAP -> {
                int swapped = BirthDateErrors.dayMonthSwap(out.birthDay, latestBirthDay);
                if (swapped == out.birthDay) {
                    return false;
                }
                out.birthDay = swapped;
            }
            case DOB_DIGIT -> {
                int changed = BirthDateErrors.oneDigit(out.birthDay, latestBirthDay, r);
                if (changed == out.birthDay) {
                    return false;
                }
                out.birthDay = changed;
            }
            case SSN_MISSING -> out.ssn = 0;
            case SSN_TYPO -> {
                int typo = mistypedSsn(out.ssn, r);
                if (typo == out.ssn) {
                    return false;
                }
                out.ssn = typo;
            }
            case SSN_PLACEHOLDER -> out.ssn = SsnSpace.PLACEHOLDER_NINES;
            case ADDRESS_MOVE -> addresses.fillMoved(pop, out.person, out);
            case ADDRESS_FORMAT -> addresses.respell(pop, out.person, out);
            case PHONE_MISSING -> out.phone = 0;
            default -> {
                return false;
            }
        }
        out.add(kind);
        return true;
    }

    private static int mistypedSsn(int ssn, SplittableRandom r) {
        for (int attempt = 0; attempt < 20; attempt++) {
            int position = r.nextInt(9);
            int power = POWERS_OF_TEN[8 - position];
            int digit = ssn / power % 10;
            int replacement = (digit + 1 + r.nextInt(9)) % 10;
            int candidate = ssn + (replacement - digit) * power;
            if (SsnSpace.validStructure(candidate) && !SsnSpace.isPlaceholder(candidate)) {
                return candidate;
            }
        }
        return ssn;
    }
}
