package org.steward.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The records-lifecycle inputs (issue 14): facilities.csv with each facility's state, legal_holds.csv,
 * agreements.csv and vendor_access.csv, and their ground truth: truth/retention_records.csv (every record's
 * retention, rule, standing holds and eligibility on the truth's run date) and truth/agreement_findings.csv.
 *
 * <p>Written after every other file, from a random stream of its own (so the other files stay byte-identical),
 * and from what was written: the records, their last dates of service and birth dates are read back from
 * patients.csv and encounters.csv less the rows the contract violation log says stage quarantines, as the jobs
 * see them after stage.
 *
 * <p>The truth's run date is {@link #asOf}: seven years after the last month of service less three months, so
 * New York's records (6 years) are past retention, California's (7 years) partly, Texas's and the federal
 * floor's (10 years) not at all, and minors and records linked across states make the difference.
 */
final class LifecycleInputs {

    static final String[] FACILITIES_HEADER = {"facility_id", "name", "state"};
    static final String[] HOLDS_HEADER = {"hold_id", "facility_id", "mrn", "start_date", "release_date", "matter"};
    static final String[] RECORDS_TRUTH_HEADER = {"facility_id", "mrn", "person_id", "state", "last_service_date",
        "record_retain_until", "record_rule", "retain_until", "rule", "hold_id", "eligible", "eligible_unlinked", "as_of"};
    /** Facility states in turn; every fifth facility is left out of facilities.csv (its state unknown). WY has no rule. */
    private static final String[] STATES = {"CA", "TX", "NY", "WY"};
    /** Salt of this concern's random stream: independent of SeedStreams' ordinals, so it never shifts another file. */
    private static final long SALT = 0x4C4946454359434CL;

    private final GeneratorSettings settings;
    private final LocalDate asOf;

    LifecycleInputs(GeneratorSettings settings) {
        this.settings = settings;
        this.asOf = asOf(settings);
    }

    static LocalDate asOf(GeneratorSettings settings) {
        return settings.lastMonth().plusYears(7).minusMonths(3).atEndOfMonth();
    }

    /** The state of a facility (0-based), or null when it is left out of facilities.csv. */
    static String state(int facility) {
        return facility % 5 == 4 ? null : STATES[facility % 5];
    }

    /** One record as the jobs see it after stage. */
    private static final class Record {
        final String facility;
        final String mrn;
        LocalDate birth;
        LocalDate lastService;
        String person;
        RetentionTruth.Decision own;
        LocalDate until;
        String rule;
        final Set<String> holds = new TreeSet<>();

        Record(String facility, String mrn) {
            this.facility = facility;
            this.mrn = mrn;
        }
    }

    void write(Path outDir, OutputFiles out) throws IOException {
        SplittableRandom random = new SplittableRandom(SeedStreams.mix(settings.seed() ^ SALT));
        Map<String, String> states = new HashMap<>();
        try (CsvOut facilities = new CsvOut(outDir.resolve("facilities.csv"), FACILITIES_HEADER)) {
            CsvRow row = new CsvRow();
            for (int f = 0; f < settings.facilities(); f++) {
                String state = state(f);
                if (state != null) {
                    states.put(FacilityLayout.id(f), state);
                    facilities.write(row.clear().text(FacilityLayout.id(f)).text("Steward Hospital " + (f + 1)).text(state));
                }
            }
            out.count("facilities.csv", facilities.rows());
        }
        Map<String, Record> records = readRecords(outDir);
        decide(records, states);
        List<Record> sorted = new ArrayList<>(records.values());
        sorted.sort((a, b) -> a.facility.equals(b.facility) ? a.mrn.compareTo(b.mrn) : a.facility.compareTo(b.facility));
        out.count("legal_holds.csv", plantHolds(outDir, sorted, random));
        try (CsvOut truth = new CsvOut(outDir.resolve("truth/retention_records.csv"), RECORDS_TRUTH_HEADER)) {
            CsvRow row = new CsvRow();
            for (Record r : sorted) {
                String holds = r.holds.isEmpty() ? "" : String.join(",", r.holds);
                boolean unlinked = r.own.until() != null && r.own.until().isBefore(asOf) && r.holds.isEmpty();
                boolean eligible = r.until != null && r.until.isBefore(asOf) && r.holds.isEmpty();
                truth.write(row.clear().text(r.facility).text(r.mrn).text(r.person).text(states.get(r.facility))
                        .text(text(r.lastService)).text(text(r.own.until())).text(r.own.rule()).text(text(r.until))
                        .text(r.rule).text(holds).text(Boolean.toString(eligible)).text(Boolean.toString(unlinked))
                        .text(asOf.toString()));
            }
            out.count("truth/retention_records.csv", truth.rows());
        }
        new AgreementScenarios(settings.facilities(), asOf, random).write(outDir, out);
    }

    /** Registrations (patients.csv) and every facility + MRN of an encounter stage keeps, with dates as staged. */
    private static Map<String, Record> readRecords(Path outDir) throws IOException {
        Set<String> quarantined = new HashSet<>();
        WrittenCsvFile.read(outDir.resolve("truth/contract_violations.csv"),
                r -> quarantined.add(r.get("file") + ":" + r.get("line")));
        Map<String, Record> records = new HashMap<>();
        WrittenCsvFile.read(outDir.resolve("patients.csv"), r -> {
            if (quarantined.contains("patients.csv:" + r.line())) {
                return;
            }
            Record rec = records.computeIfAbsent(key(r.get("facility_id").strip(), r.get("mrn").strip()),
                    k -> new Record(r.get("facility_id").strip(), r.get("mrn").strip()));
            rec.birth = date(r.get("birth_date"));
        });
        WrittenCsvFile.read(outDir.resolve("truth/truth.csv"), r -> {
            Record rec = records.get(key(r.get("facility_id"), r.get("mrn")));
            if (rec != null) {
                rec.person = r.get("person_id");
            }
        });
        WrittenCsvFile.read(outDir.resolve("encounters.csv"), r -> {
            String mrn = r.get("mrn").strip();
            if (quarantined.contains("encounters.csv:" + r.line()) || mrn.isEmpty()) {
                return;
            }
            LocalDate discharge = date(r.get("discharge_date"));
            LocalDate service = discharge != null ? discharge : date(r.get("admit_date"));
            if (service == null) {
                return;
            }
            String facility = r.get("facility_id").strip();
            Record rec = records.computeIfAbsent(key(facility, mrn), k -> new Record(facility, mrn));
            if (rec.lastService == null || service.isAfter(rec.lastService)) {
                rec.lastService = service;
            }
        });
        return records;
    }

    /**
     * Each record's own retention, then the most stringent across a person's records when they lie in two or more
     * jurisdictions (facility states; an unknown state is one): every dated record of the person is kept until the
     * latest date, under that record's rule (the smallest rule name on a tie), prefixed {@code linked:}.
     */
    private static void decide(Map<String, Record> records, Map<String, String> states) {
        Map<String, List<Record>> persons = new HashMap<>();
        for (Record r : records.values()) {
            r.own = RetentionTruth.decide(states.get(r.facility), r.lastService, r.birth);
            r.until = r.own.until();
            r.rule = r.own.rule();
            if (r.person != null && r.until != null) {
                persons.computeIfAbsent(r.person, p -> new ArrayList<>()).add(r);
            }
        }
        for (List<Record> person : persons.values()) {
            Set<String> jurisdictions = new HashSet<>();
            LocalDate latest = null;
            for (Record r : person) {
                jurisdictions.add(states.getOrDefault(r.facility, ""));
                latest = latest == null || r.own.until().isAfter(latest) ? r.own.until() : latest;
            }
            if (jurisdictions.size() < 2) {
                continue;
            }
            String rule = null;
            for (Record r : person) {
                if (r.own.until().equals(latest) && (rule == null || r.own.rule().compareTo(rule) < 0)) {
                    rule = r.own.rule();
                }
            }
            for (Record r : person) {
                if (latest.isAfter(r.own.until())) {
                    r.until = latest;
                    r.rule = "linked:" + rule;
                }
            }
        }
    }

    /**
     * Legal holds of every kind: standing on one record past its retention (two on one record), released before
     * the run date, released on it, starting after it, starting on it, a standing hold on a whole facility, a
     * released one on another, and one on an MRN no file has. Each standing hold covering a record is noted on it.
     */
    private long plantHolds(Path outDir, List<Record> records, SplittableRandom random) throws IOException {
        List<Record> eligible = new ArrayList<>();
        for (Record r : records) {
            if (r.until != null && r.until.isBefore(asOf)) {
                eligible.add(r);
            }
        }
        Map<String, String[]> holds = new TreeMap<>();
        int next = 1;
        // kind: start offset from the run date (days), release offset (null: none), standing
        Object[][] recordKinds = {
            {-900, null}, {-400, null}, {-30, null}, {-2000, null}, {-10, 5000},
            {-700, -100}, {-1500, -1}, {-300, 0}, {10, null}, {0, null}};
        Set<Integer> used = new HashSet<>();
        for (Object[] kind : recordKinds) {
            if (eligible.size() <= used.size()) {
                break;
            }
            int pick;
            do {
                pick = random.nextInt(eligible.size());
            } while (!used.add(pick));
            Record r = eligible.get(pick);
            String id = holdId(next++);
            holds.put(id, hold(id, r.facility, r.mrn, (Integer) kind[0], (Integer) kind[1], "Matter " + id));
            if (id.equals(holdId(1)) && eligible.size() > used.size()) {
                // a second standing hold on the same record: both are listed
                String second = holdId(next++);
                holds.put(second, hold(second, r.facility, r.mrn, -60, null, "Matter " + second));
            }
        }
        // Facility-wide: standing on the second facility, released on the third (when there are that many).
        if (settings.facilities() > 1) {
            String id = holdId(next++);
            holds.put(id, hold(id, FacilityLayout.id(1), null, -365, null, "Facility-wide matter " + id));
        }
        if (settings.facilities() > 2) {
            String id = holdId(next++);
            holds.put(id, hold(id, FacilityLayout.id(2), null, -3000, -200, "Facility-wide matter " + id));
        }
        String orphan = holdId(next);
        holds.put(orphan, hold(orphan, FacilityLayout.id(0), "NO-SUCH-MRN", -100, null, "Matter " + orphan));

        Map<String, List<Record>> byFacility = new HashMap<>();
        Map<String, Record> byKey = new HashMap<>();
        for (Record r : records) {
            byFacility.computeIfAbsent(r.facility, f -> new ArrayList<>()).add(r);
            byKey.put(key(r.facility, r.mrn), r);
        }
        try (CsvOut file = new CsvOut(outDir.resolve("legal_holds.csv"), HOLDS_HEADER)) {
            CsvRow row = new CsvRow();
            for (String[] h : holds.values()) {
                file.write(row.clear().text(h[0]).text(h[1]).text(h[2]).text(h[3]).text(h[4]).text(h[5]));
                LocalDate start = LocalDate.parse(h[3]);
                boolean standing = !start.isAfter(asOf) && (h[4].isEmpty() || LocalDate.parse(h[4]).isAfter(asOf));
                if (!standing) {
                    continue;
                }
                List<Record> covered = h[2].isEmpty() ? byFacility.getOrDefault(h[1], List.of())
                        : byKey.containsKey(key(h[1], h[2])) ? List.of(byKey.get(key(h[1], h[2]))) : List.of();
                covered.forEach(r -> r.holds.add(h[0]));
            }
            return file.rows();
        }
    }

    private String[] hold(String id, String facility, String mrn, int startOffset, Integer releaseOffset, String matter) {
        return new String[] {id, facility, mrn == null ? "" : mrn, asOf.plusDays(startOffset).toString(),
            releaseOffset == null ? "" : asOf.plusDays(releaseOffset).toString(), matter};
    }

    private static String holdId(int n) {
        return String.format("LH-%04d", n);
    }

    private static String key(String facility, String mrn) {
        return facility + '\u0000' + mrn;
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** A date as stage reads it: strict YYYY-MM-DD, anything else (or empty) is no date. */
    private static LocalDate date(String text) {
        String value = text.strip();
        if (value.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
