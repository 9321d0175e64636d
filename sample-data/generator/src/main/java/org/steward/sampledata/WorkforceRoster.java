package org.steward.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * workforce.csv: each facility's users (more with more persons, so a large run has a large access log), a third of
 * them registered as patients at their facility (own_mrn, with that registration's name and address), some
 * terminated during the months generated, and one physician working at two facilities.
 */
final class WorkforceRoster {

    static final String[] HEADER = {"user_id", "facility_id", "role", "department", "npi", "last_name", "address_line",
        "zip", "own_mrn", "hired_date", "terminated_date"};
    /** Roles by position in a facility's roster: a typical mix, clinicians first. */
    private static final String[] ROLE_CYCLE = {"physician", "nurse", "nurse", "coder", "registration", "physician",
        "nurse", "billing", "him", "nurse", "registration", "physician", "other", "nurse", "coder"};
    private static final String[] STREETS = {"Maple", "Cedar", "Birch", "Willow", "Aspen", "Hawthorn", "Juniper", "Linden"};
    private static final String[] SUFFIXES = {"Ave", "St", "Ct", "Dr", "Ln", "Way"};

    /** One roster row; {@code own} is the registration the user has as a patient at that facility, if any. */
    record Member(String userId, String facilityId, String role, String lastName, String addressLine, String zip,
                  RecordsOnFile.Registration own, int hiredDay, Integer terminatedDay, String npi, int streamId) {

        boolean clinician() {
            return role.equals("physician") || role.equals("nurse");
        }

        boolean activeOn(int day) {
            return day >= hiredDay && (terminatedDay == null || day <= terminatedDay);
        }

        /**
         * Whether opening {@code r} could look like self or family access, judged wider than any standardisation
         * could: the same person; one surname's letters a prefix of the other's (a suffix typed into the surname);
         * or the same address digits (abbreviating street words changes no digit), or letters when it has none.
         */
        boolean close(RecordsOnFile.Registration r) {
            if (own != null && own.personId() == r.personId()) {
                return true;
            }
            String surname = RecordsOnFile.letters(lastName);
            String other = r.surnameKey();
            boolean surnameClose = !surname.isEmpty() && !other.isEmpty()
                    && (surname.startsWith(other) || other.startsWith(surname));
            String digits = digits(addressLine);
            boolean addressClose = digits.isEmpty() ? RecordsOnFile.letters(addressLine).equals(r.addressKey())
                    : digits.equals(digits(r.addressLine()));
            return surnameClose || addressClose;
        }

        private static String digits(String text) {
            return text.replaceAll("[^0-9]", "");
        }
    }

    final List<Member> members = new ArrayList<>();

    /**
     * @param familyFirst registrations that share a household with another registration at their facility: taken
     *                    first as users' own registrations, so family access can be planted
     */
    WorkforceRoster(GeneratorSettings settings, RecordsOnFile records, List<RecordsOnFile.Registration> familyFirst,
                    NameLists names, SplittableRandom random) {
        int perFacility = Math.max(ROLE_CYCLE.length, settings.persons() / (settings.facilities() * 250));
        Set<Long> takenPersons = new HashSet<>();
        int stream = 0;
        for (int f = 0; f < records.facilities.size(); f++) {
            String facility = records.facilities.get(f);
            List<RecordsOnFile.Registration> own = new ArrayList<>();
            for (RecordsOnFile.Registration r : familyFirst) {
                if (r.facilityId().equals(facility) && own.size() < perFacility / 3 && takenPersons.add(r.personId())) {
                    own.add(r);
                }
            }
            List<RecordsOnFile.Registration> all = records.registrations(facility);
            for (int tries = 0; own.size() < perFacility / 3 && tries < perFacility * 20 && !all.isEmpty(); tries++) {
                RecordsOnFile.Registration r = all.get(random.nextInt(all.size()));
                if (r.clean() && !r.lastName().isEmpty() && !r.addressLine().isEmpty() && takenPersons.add(r.personId())) {
                    own.add(r);
                }
            }
            int ownIndex = 0;
            for (int i = 0; i < perFacility; i++) {
                String role = ROLE_CYCLE[i % ROLE_CYCLE.length];
                // Patients among the non-clinicians first: planted self and family access is theirs.
                RecordsOnFile.Registration mine = null;
                if (!role.equals("physician") && !role.equals("nurse") && ownIndex < own.size()) {
                    mine = own.get(ownIndex++);
                }
                String userId = String.format("U%02d%05d", f + 1, i + 1);
                int hired = settings.firstDay() - 100 - random.nextInt(3000);
                // Some users leave during the months generated, none of the patient-users (they carry the plants).
                Integer terminated = mine == null && i % 7 == 6
                        ? settings.firstDay() + 30 + random.nextInt(Math.max(1, settings.lastDay() - settings.firstDay() - 60))
                        : null;
                String npi = role.equals("physician") || role.equals("nurse")
                        ? Long.toString(Npi.withCheckDigit(100_000_000L + random.nextInt(800_000_000))) : "";
                String lastName = mine != null ? mine.lastName() : names.surnames.get(random.nextInt(names.surnames.size()));
                String address = mine != null ? mine.addressLine()
                        : (100 + random.nextInt(9800)) + " " + STREETS[random.nextInt(STREETS.length)] + " "
                                + SUFFIXES[random.nextInt(SUFFIXES.length)];
                String zip = mine != null ? mine.zip() : "";
                members.add(new Member(userId, facility, role, lastName, address, zip, mine, hired, terminated, npi, stream++));
            }
        }
        // One physician works at two facilities: the same user id on both rosters.
        if (records.facilities.size() > 1) {
            Member first = members.get(0);
            members.add(new Member(first.userId(), records.facilities.get(1), first.role(), first.lastName(),
                    first.addressLine(), first.zip(), null, first.hiredDay(), null, first.npi(), stream));
        }
    }

    long write(Path file) throws IOException {
        try (CsvOut out = new CsvOut(file, HEADER)) {
            CsvRow row = new CsvRow();
            for (Member m : members) {
                row.clear().text(m.userId()).text(m.facilityId()).text(m.role()).text(department(m.role())).text(m.npi())
                        .text(m.lastName()).text(m.addressLine()).text(m.zip()).text(m.own() == null ? "" : m.own().mrn())
                        .text(LocalDate.ofEpochDay(m.hiredDay()).toString())
                        .text(m.terminatedDay() == null ? "" : LocalDate.ofEpochDay(m.terminatedDay()).toString());
                out.write(row);
            }
            return out.rows();
        }
    }

    private static String department(String role) {
        return switch (role) {
            case "physician", "nurse" -> "Medicine";
            case "coder", "him" -> "Health Information Management";
            case "registration" -> "Patient Access";
            case "billing" -> "Patient Financial Services";
            default -> "Administration";
        };
    }
}
