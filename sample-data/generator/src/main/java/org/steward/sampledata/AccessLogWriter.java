package org.steward.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * access_log.csv and truth/privacy_access_findings.csv. Everyday work breaks no rule: a user opens, on the days
 * they work, 3 to 9 patients with an encounter at their facility admitted in the month before, never their own
 * record or one sharing their surname or address, never after leaving. Planted on top, each breaking exactly one
 * rule: self access, family access, access after termination, a clinician opening a record with no encounter
 * near, a day of 45 to 60 patients, and one physician opening one person's records at two facilities with no
 * encounter near (one case through the MPI).
 */
final class AccessLogWriter {

    static final String[] HEADER = {"facility_id", "event_time", "user_id", "mrn", "action"};
    static final String[] TRUTH_HEADER = {"facility_id", "user_id", "mrn", "event_time", "finding", "case_person"};
    /** The encounter window the audit's shipped settings use (config/privacy.yml). */
    static final int DAYS_BEFORE_ADMIT = 3;
    static final int DAYS_AFTER_DISCHARGE = 30;

    private record Event(String facilityId, String eventTime, String userId, String mrn, String action) {
    }

    private record Finding(String facilityId, String userId, String mrn, String eventTime, String finding, String casePerson) {
    }

    private final GeneratorSettings settings;
    private final RecordsOnFile records;
    private final WorkforceRoster roster;
    private final SplittableRandom plan;
    /** Planted events by day; a day a user has planted volume is not also an everyday working day. */
    private final Map<Integer, List<Event>> planted = new HashMap<>();
    private final Set<String> busyDays = new HashSet<>();
    private final List<Finding> truth = new ArrayList<>();

    AccessLogWriter(GeneratorSettings settings, RecordsOnFile records, WorkforceRoster roster, SplittableRandom plan) {
        this.settings = settings;
        this.records = records;
        this.roster = roster;
        this.plan = plan;
    }

    /** Writes the log; returns its rows. The truth is written by {@link #writeTruth}. */
    long write(Path file, List<RecordsOnFile.Registration[]> familyPairs) throws IOException {
        plantAll(familyPairs);
        long seed = settings.seed();
        List<SplittableRandom> streams = new ArrayList<>();
        for (WorkforceRoster.Member m : roster.members) {
            streams.add(SeedStreams.of(seed, SeedStreams.Concern.PRIVACY, 1_000L + m.streamId()));
        }
        try (CsvOut out = new CsvOut(file, HEADER)) {
            CsvRow row = new CsvRow();
            for (int day = settings.firstDay(); day <= settings.lastDay(); day++) {
                for (int i = 0; i < roster.members.size(); i++) {
                    WorkforceRoster.Member m = roster.members.get(i);
                    SplittableRandom r = streams.get(i);
                    boolean works = r.nextInt(10) < 4;
                    if (!works || !m.activeOn(day) || busyDays.contains(m.facilityId() + "|" + m.userId() + "|" + day)) {
                        continue;
                    }
                    for (Event e : everyday(m, day, 3 + r.nextInt(7), r)) {
                        write(out, row, e);
                    }
                }
                for (Event e : planted.getOrDefault(day, List.of())) {
                    write(out, row, e);
                }
            }
            return out.rows();
        }
    }

    long writeTruth(Path file) throws IOException {
        truth.sort(Comparator.comparing(Finding::facilityId).thenComparing(Finding::userId).thenComparing(Finding::eventTime)
                .thenComparing(Finding::finding));
        try (CsvOut out = new CsvOut(file, TRUTH_HEADER)) {
            CsvRow row = new CsvRow();
            for (Finding f : truth) {
                out.write(row.clear().text(f.facilityId()).text(f.userId()).text(f.mrn()).text(f.eventTime())
                        .text(f.finding()).text(f.casePerson()));
            }
            return out.rows();
        }
    }

    private static void write(CsvOut out, CsvRow row, Event e) throws IOException {
        out.write(row.clear().text(e.facilityId()).text(e.eventTime()).text(e.userId()).text(e.mrn()).text(e.action()));
    }

    /** {@code count} distinct patients with a reason to be opened that day; one or two events each. */
    private List<Event> everyday(WorkforceRoster.Member m, int day, int count, SplittableRandom r) {
        List<Event> events = new ArrayList<>();
        for (String mrn : patientsWithReason(m, day, count, r)) {
            int times = r.nextInt(4) == 0 ? 2 : 1;
            for (int t = 0; t < times; t++) {
                events.add(new Event(m.facilityId(), time(day, r), m.userId(), mrn, action(r)));
            }
        }
        return events;
    }

    private List<String> patientsWithReason(WorkforceRoster.Member m, int day, int count, SplittableRandom r) {
        List<RecordsOnFile.Encounter> pool = records.admitted(m.facilityId(), day - 30, day);
        List<String> chosen = new ArrayList<>();
        for (int tries = 0; chosen.size() < count && tries < count * 8 && !pool.isEmpty(); tries++) {
            RecordsOnFile.Encounter e = pool.get(r.nextInt(pool.size()));
            RecordsOnFile.Registration reg = records.registration(m.facilityId(), e.mrn());
            if (reg != null && !m.close(reg) && !chosen.contains(e.mrn())) {
                chosen.add(e.mrn());
            }
        }
        return chosen;
    }

    private void plantAll(List<RecordsOnFile.Registration[]> familyPairs) {
        int first = settings.firstDay() + 7;
        int last = settings.lastDay();
        for (String facility : records.facilities) {
            List<WorkforceRoster.Member> here = roster.members.stream().filter(m -> m.facilityId().equals(facility)).toList();
            List<WorkforceRoster.Member> patients = here.stream().filter(m -> m.own() != null).toList();
            // Self access: two patient-users (not clinicians) open their own registration.
            for (int i = 0; i < Math.min(2, patients.size()); i++) {
                WorkforceRoster.Member m = patients.get(i);
                int day = dayBetween(first, last);
                plant(m, day, m.own().mrn(), "self_access", "");
            }
            // Family access: a patient-user opens a household member's record with no encounter near.
            int family = 0;
            for (RecordsOnFile.Registration[] pair : familyPairs) {
                WorkforceRoster.Member m = patients.stream().filter(p -> p.own() == pair[0]).findFirst().orElse(null);
                if (m == null || family >= 2) {
                    continue;
                }
                Integer day = dayWithoutEncounter(facility, pair[1].mrn(), first, last);
                if (day != null) {
                    plant(m, day, pair[1].mrn(), "family_access", "");
                    family++;
                }
            }
            // Access after termination: an everyday-looking access, after the termination date.
            here.stream().filter(m -> m.terminatedDay() != null && m.terminatedDay() < last).limit(2).forEach(m -> {
                int day = dayBetween(m.terminatedDay() + 1, last);
                List<String> mrns = patientsWithReason(m, day, 1, plan);
                if (!mrns.isEmpty()) {
                    plant(m, day, mrns.get(0), "terminated_user", "");
                }
            });
            // No encounter context: a clinician opens a record with no encounter near.
            here.stream().filter(m -> m.clinician() && m.terminatedDay() == null && !m.userId().equals(roster.members.get(0).userId()))
                    .limit(2).forEach(m -> {
                        for (int tries = 0; tries < 200; tries++) {
                            int day = dayBetween(first, last);
                            List<RecordsOnFile.Registration> all = records.registrations(facility);
                            RecordsOnFile.Registration reg = all.get(plan.nextInt(all.size()));
                            if (!m.close(reg) && records.noEncounterNear(facility, reg.mrn(), day, DAYS_BEFORE_ADMIT,
                                    DAYS_AFTER_DISCHARGE)) {
                                plant(m, day, reg.mrn(), "no_encounter_context", "");
                                break;
                            }
                        }
                    });
            // Volume: one user a day of 45 to 60 patients, after enough history to judge it by.
            here.stream().filter(m -> m.terminatedDay() == null && !m.clinician()).skip(patients.size()).limit(1)
                    .forEach(m -> plantVolume(m, dayBetween(Math.max(first, settings.lastDay() - 90), last)));
        }
        plantCrossFacilityCase(first, last);
    }

    private void plant(WorkforceRoster.Member m, int day, String mrn, String finding, String casePerson) {
        String time = time(day, plan);
        planted.computeIfAbsent(day, d -> new ArrayList<>()).add(new Event(m.facilityId(), time, m.userId(), mrn, "view"));
        truth.add(new Finding(m.facilityId(), m.userId(), mrn, time, finding, casePerson));
    }

    private void plantVolume(WorkforceRoster.Member m, int day) {
        busyDays.add(m.facilityId() + "|" + m.userId() + "|" + day);
        List<String> mrns = patientsWithReason(m, day, 45 + plan.nextInt(16), plan);
        String firstTime = null;
        for (String mrn : mrns) {
            String time = time(day, plan);
            planted.computeIfAbsent(day, d -> new ArrayList<>()).add(new Event(m.facilityId(), time, m.userId(), mrn, "view"));
            firstTime = firstTime == null || time.compareTo(firstTime) < 0 ? time : firstTime;
        }
        if (firstTime != null) {
            truth.add(new Finding(m.facilityId(), m.userId(), "", firstTime, "volume_anomaly", ""));
        }
    }

    /**
     * The physician on two rosters opens one person's registrations at both facilities, with no encounter near
     * either: two findings, one case when the MPI links the registrations (registrations without errors).
     */
    private void plantCrossFacilityCase(int first, int last) {
        if (records.facilities.size() < 2) {
            return;
        }
        WorkforceRoster.Member a = roster.members.get(0);
        WorkforceRoster.Member b = roster.members.get(roster.members.size() - 1);
        Map<Long, RecordsOnFile.Registration> atSecond = new HashMap<>();
        for (RecordsOnFile.Registration r : records.registrations(b.facilityId())) {
            if (r.clean()) {
                atSecond.put(r.personId(), r);
            }
        }
        for (RecordsOnFile.Registration r : records.registrations(a.facilityId())) {
            RecordsOnFile.Registration other = atSecond.get(r.personId());
            if (!r.clean() || other == null || a.close(r)) {
                continue;
            }
            int day = dayBetween(first, last);
            if (records.noEncounterNear(a.facilityId(), r.mrn(), day, DAYS_BEFORE_ADMIT, DAYS_AFTER_DISCHARGE)
                    && records.noEncounterNear(b.facilityId(), other.mrn(), day + 1, DAYS_BEFORE_ADMIT, DAYS_AFTER_DISCHARGE)
                    && day + 1 <= last) {
                plant(a, day, r.mrn(), "no_encounter_context", "P" + r.personId());
                plant(b, day + 1, other.mrn(), "no_encounter_context", "P" + r.personId());
                return;
            }
        }
    }

    /** A day with no encounter of the registration near it, or null. */
    private Integer dayWithoutEncounter(String facility, String mrn, int first, int last) {
        for (int tries = 0; tries < 100; tries++) {
            int day = dayBetween(first, last);
            if (records.noEncounterNear(facility, mrn, day, DAYS_BEFORE_ADMIT, DAYS_AFTER_DISCHARGE)) {
                return day;
            }
        }
        return null;
    }

    private int dayBetween(int from, int to) {
        return to <= from ? from : from + plan.nextInt(to - from + 1);
    }

    private static String time(int day, SplittableRandom r) {
        return String.format("%sT%02d:%02d:%02d", LocalDate.ofEpochDay(day), 7 + r.nextInt(12), r.nextInt(60), r.nextInt(60));
    }

    private static String action(SplittableRandom r) {
        int x = r.nextInt(20);
        return x < 15 ? "view" : x < 17 ? "modify" : x < 19 ? "print" : "export";
    }
}
