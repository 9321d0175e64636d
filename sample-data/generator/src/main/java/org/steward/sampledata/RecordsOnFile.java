package org.steward.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The registrations and encounters the privacy inputs refer to, read back from the files this run wrote, as the
 * stage job will see them: encounter rows broken on purpose (truth/contract_violations.csv) are left out of the
 * encounters that give a reason to open a record, but still count when a record must have no encounter near a day.
 */
final class RecordsOnFile {

    /** A registration as written, with its person and whether the MPI truth lists registration errors for it. */
    record Registration(String facilityId, String mrn, String lastName, String addressLine, String zip, long personId,
                        boolean clean) {

        /** Surname as letters only, upper case: equal here means equal after any standardisation. */
        String surnameKey() {
            return letters(lastName);
        }

        String addressKey() {
            return letters(addressLine);
        }
    }

    /** An encounter usable as a reason to open a record: both dates, admission first. */
    record Encounter(String mrn, int admitDay, int dischargeDay) {
    }

    final List<String> facilities;
    final Map<String, List<Registration>> registrations = new HashMap<>();
    /** facility|mrn -> every encounter row's [admit, discharge] days (discharge MAX_VALUE while in house). */
    private final Map<String, List<int[]>> stays = new HashMap<>();
    /** Per facility, clean encounters sorted by admission. */
    private final Map<String, List<Encounter>> byAdmission = new HashMap<>();
    private final Map<String, Registration> byKey = new HashMap<>();

    private RecordsOnFile(List<String> facilities) {
        this.facilities = facilities;
    }

    static RecordsOnFile read(Path outDir, int facilityCount) throws IOException {
        List<String> facilities = new ArrayList<>();
        for (int f = 1; f <= facilityCount; f++) {
            facilities.add("F" + f);
        }
        RecordsOnFile records = new RecordsOnFile(facilities);
        Map<String, Long> persons = new HashMap<>();
        WrittenCsvFile.read(outDir.resolve("truth/truth.csv"),
                r -> persons.put(r.get("facility_id") + "|" + r.get("mrn"), Long.parseLong(r.get("person_id"))));
        Set<String> withErrors = new HashSet<>();
        WrittenCsvFile.read(outDir.resolve("truth/registration_errors.csv"),
                r -> withErrors.add(r.get("facility_id") + "|" + r.get("mrn")));
        Set<Long> brokenEncounterLines = new HashSet<>();
        WrittenCsvFile.read(outDir.resolve("truth/contract_violations.csv"), r -> {
            if (r.get("file").equals("encounters.csv")) {
                brokenEncounterLines.add(Long.parseLong(r.get("line")));
            }
        });
        WrittenCsvFile.read(outDir.resolve("patients.csv"), r -> {
            String key = r.get("facility_id") + "|" + r.get("mrn");
            Long person = persons.get(key);
            if (person == null || r.get("mrn").isEmpty()) {
                return;
            }
            Registration reg = new Registration(r.get("facility_id"), r.get("mrn"), r.get("last_name"),
                    r.get("address_line"), r.get("zip"), person, !withErrors.contains(key));
            records.registrations.computeIfAbsent(reg.facilityId(), k -> new ArrayList<>()).add(reg);
            records.byKey.put(key, reg);
        });
        WrittenCsvFile.read(outDir.resolve("encounters.csv"), r -> {
            Integer admit = day(r.get("admit_date"));
            Integer discharge = day(r.get("discharge_date"));
            String key = r.get("facility_id") + "|" + r.get("mrn");
            if (r.get("mrn").isEmpty()) {
                return;
            }
            int start = admit != null ? admit : discharge != null ? discharge : Integer.MIN_VALUE;
            records.stays.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new int[] {start, discharge == null ? Integer.MAX_VALUE : discharge});
            if (!brokenEncounterLines.contains(r.line()) && admit != null && discharge != null && admit <= discharge
                    && records.byKey.containsKey(key)) {
                records.byAdmission.computeIfAbsent(r.get("facility_id"), k -> new ArrayList<>())
                        .add(new Encounter(r.get("mrn"), admit, discharge));
            }
        });
        for (List<Encounter> list : records.byAdmission.values()) {
            list.sort(Comparator.comparingInt(Encounter::admitDay).thenComparing(Encounter::mrn));
        }
        for (List<Registration> list : records.registrations.values()) {
            list.sort(Comparator.comparing(Registration::mrn));
        }
        return records;
    }

    Registration registration(String facilityId, String mrn) {
        return byKey.get(facilityId + "|" + mrn);
    }

    List<Registration> registrations(String facilityId) {
        return registrations.getOrDefault(facilityId, List.of());
    }

    /** Clean encounters at a facility admitted from {@code from} to {@code to} (days, inclusive). */
    List<Encounter> admitted(String facilityId, int from, int to) {
        List<Encounter> list = byAdmission.getOrDefault(facilityId, List.of());
        int lo = lowerBound(list, from);
        int hi = lowerBound(list, to + 1);
        return list.subList(lo, hi);
    }

    /**
     * True when no encounter row of the registration (broken ones included) comes within {@code before} days
     * before its admission to {@code after} days after its discharge of {@code day}.
     */
    boolean noEncounterNear(String facilityId, String mrn, int day, int before, int after) {
        for (int[] stay : stays.getOrDefault(facilityId + "|" + mrn, List.of())) {
            long start = stay[0] == Integer.MIN_VALUE ? Long.MIN_VALUE : (long) stay[0] - before;
            long end = stay[1] == Integer.MAX_VALUE ? Long.MAX_VALUE : (long) stay[1] + after;
            if (day >= start && day <= end) {
                return false;
            }
        }
        return true;
    }

    private static int lowerBound(List<Encounter> list, int day) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).admitDay() < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static Integer day(String text) {
        if (text.length() != 10) {
            return null;
        }
        try {
            return (int) LocalDate.parse(text).toEpochDay();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String letters(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
