package org.steward.sampledata;

import java.io.IOException;
import java.util.SplittableRandom;

/**
 * Walks the registrations facility by facility in MRN order and writes each one's patient row,
 * truth rows, encounters, CDI queries, claims and remittance lines. Every registration draws from
 * its own random streams, so its rows depend only on the seed and the registration.
 */
final class RegistrationStream {

    private final GeneratorSettings settings;
    private final Population pop;
    private final RegistrationPlan plan;
    private final FacilityLayout layout;
    private final RegistrationErrors errors;
    private final DefectInjector defects;
    private final EncounterFactory encounters;
    private final CdiQueryFactory cdi;
    private final ClaimOffice claims;
    private final CaseMixTally caseMix;
    private final CdiTally cdiTally;
    private final OutputFiles out;

    private final RecordedPatient patient = new RecordedPatient();
    private final Encounter encounter = new Encounter();
    private final CdiQuery query = new CdiQuery();
    private final Claim claim = new Claim();
    private final CsvRow row = new CsvRow();
    private final StringBuilder scratch = new StringBuilder(128);
    private long encounterSeq;
    private long claimSeq;
    private long querySeq;

    RegistrationStream(GeneratorSettings settings, Population pop, RegistrationPlan plan, FacilityLayout layout,
                       RegistrationErrors errors, DefectInjector defects, EncounterFactory encounters,
                       CdiQueryFactory cdi, ClaimOffice claims, CaseMixTally caseMix, CdiTally cdiTally,
                       OutputFiles out) {
        this.settings = settings;
        this.pop = pop;
        this.plan = plan;
        this.layout = layout;
        this.errors = errors;
        this.defects = defects;
        this.encounters = encounters;
        this.cdi = cdi;
        this.claims = claims;
        this.caseMix = caseMix;
        this.cdiTally = cdiTally;
        this.out = out;
    }

    void writeAll() throws IOException {
        long seed = settings.seed();
        for (int f = 0; f < layout.count; f++) {
            encounterSeq = 0;
            claimSeq = 0;
            querySeq = 0;
            SplittableRandom mrnGaps = SeedStreams.of(seed, SeedStreams.Concern.MRN, f);
            long mrnNumber = 1000 + mrnGaps.nextInt(5000);
            for (int registration : plan.order(f)) {
                mrnNumber += 1 + mrnGaps.nextInt(3);
                registration(registration, f, layout.mrn(f, mrnNumber));
            }
        }
    }

    private void registration(int registration, int facility, String mrn) throws IOException {
        long seed = settings.seed();
        int person = plan.person(registration);
        boolean first = plan.kind(registration) == RegistrationPlan.FIRST;
        errors.record(registration, person, facility, first, mrn, patient,
                SeedStreams.of(seed, SeedStreams.Concern.REGISTRATION, registration));
        DqDefect defect = defects.patient(patient, SeedStreams.of(seed, SeedStreams.Concern.PATIENT_DEFECTS, registration));
        if (defect != null) {
            out.defects.record(defect, facility, mrn);
        }
        out.patients.write(OutputTables.patient(row, patient));
        out.truth.write(row.clear().text(FacilityLayout.id(facility)).text(mrn).num(person + 1L));
        if (patient.deviations != 0) {
            out.registrationErrors.write(row.clear().text(FacilityLayout.id(facility)).text(mrn).num(person + 1L)
                    .text(patient.deviationLabels()));
        }
        visits(registration, person);
    }

    private void visits(int registration, int person) throws IOException {
        long seed = settings.seed();
        SplittableRandom r = SeedStreams.of(seed, SeedStreams.Concern.ENCOUNTERS, registration);
        SplittableRandom dq = SeedStreams.of(seed, SeedStreams.Concern.ENCOUNTER_DEFECTS, registration);
        SplittableRandom payer = SeedStreams.of(seed, SeedStreams.Concern.ADJUDICATION, registration);
        SplittableRandom cdiRandom = SeedStreams.of(seed, SeedStreams.Concern.CDI, registration);
        byte kind = plan.kind(registration);
        double u = r.nextDouble();
        int count = switch (kind) {
            case RegistrationPlan.FIRST -> u < 0.45 ? 1 : u < 0.75 ? 2 : u < 0.90 ? 3 : 4;
            case RegistrationPlan.OTHER_FACILITY -> u < 0.75 ? 1 : 2;
            default -> 1;
        };
        int deathDay = pop.deathDay[person];
        boolean diesHere = deathDay != Population.NO_DEATH && kind == RegistrationPlan.FIRST;
        int latest = deathDay != Population.NO_DEATH ? deathDay - 1 : settings.lastDay();
        for (int i = 0; i < count; i++) {
            boolean death = diesHere && i == 0;
            if (!death && latest < settings.firstDay()) {
                continue;
            }
            encounters.create(encounter, patient, pop.birthDay[person], death, death ? deathDay : latest, r);
            encounter.id = id("E", encounter.facility, ++encounterSeq);
            boolean queried = cdi.maybeQuery(encounter, query, cdiRandom);
            encounters.price(encounter, r);
            DqDefect defect = defects.encounter(encounter, patient, dq);
            writeEncounter(defect);
            if (queried) {
                writeQuery();
            }
            bill(payer);
        }
    }

    private void writeEncounter(DqDefect defect) throws IOException {
        Encounter e = encounter;
        if (defect != null) {
            out.defects.record(defect, e.facility, e.id);
        }
        Runnable kept = null;
        if (e.type == EncounterClass.INPATIENT && (defect == null || !defect.spoilsCaseMix())) {
            int facility = e.facility;
            int month = e.monthIndex;
            DrgWeightTable.Drg drg = e.drgRow;
            kept = () -> caseMix.add(facility, month, drg);
        }
        out.encounters.write(OutputTables.encounter(row, e, layout.writesDiagnosisDots(e.facility), scratch),
                defect == null, kept);
    }

    private void writeQuery() throws IOException {
        query.id = id("Q", encounter.facility, ++querySeq);
        int facility = encounter.facility;
        boolean answered = query.answered();
        boolean agreed = "agreed".equals(query.outcome);
        out.cdiQueries.write(OutputTables.query(row, query, encounter), true,
                () -> cdiTally.add(facility, answered, agreed));
    }

    private void bill(SplittableRandom payer) throws IOException {
        Claim c = claim;
        claims.bill(encounter, c, payer);
        c.id = id("C", c.facility, ++claimSeq);
        if (defects.negativeBilled()) {
            c.billedCents = -c.billedCents;
            out.defects.record(DqDefect.NEGATIVE_BILLED_AMOUNT, c.facility, c.id);
            // A negative claim is rejected at the clearinghouse, so no 835 comes back.
            out.claims.write(OutputTables.claim(row, c), false, null);
        } else {
            claims.adjudicate(c, encounter.type, payer);
            boolean overpaid = c.paidCents > 0 && defects.paidAboveBilled();
            if (overpaid) {
                claims.overpay(c, payer);
                out.defects.record(DqDefect.PAID_ABOVE_BILLED, c.facility, c.id);
            }
            out.claims.write(OutputTables.claim(row, c), !c.counted, null);
            writeRemittance(c, !c.counted && !overpaid);
        }
        if (defects.orphanClaim()) {
            orphanClaim(payer);
        }
    }

    /** A claim for an encounter id that was issued and then never written (the encounter was voided). */
    private void orphanClaim(SplittableRandom payer) throws IOException {
        Claim c = claim;
        String voided = id("E", encounter.facility, ++encounterSeq);
        claims.bill(encounter, c, payer);
        c.encounterId = voided;
        c.billedCents = 5_000 + payer.nextInt(300_000);
        c.id = id("C", c.facility, ++claimSeq);
        claims.payWithoutReview(c, EncounterClass.OUTPATIENT, payer);
        out.defects.record(DqDefect.CLAIM_WITHOUT_ENCOUNTER, c.facility, c.id);
        out.claims.write(OutputTables.claim(row, c), false, null);
        writeRemittance(c, true);
    }

    private void writeRemittance(Claim c, boolean canBreak) throws IOException {
        if (!c.remitted) {
            return;
        }
        for (int line = 0; line < c.lines; line++) {
            out.remittance.write(OutputTables.remittanceLine(row, c, line), canBreak, null);
        }
    }

    private String id(String prefix, int facility, long sequence) {
        scratch.setLength(0);
        scratch.append(prefix);
        if (facility < 9) {
            scratch.append('0');
        }
        scratch.append(facility + 1);
        String digits = Long.toString(sequence);
        for (int i = digits.length(); i < 8; i++) {
            scratch.append('0');
        }
        return scratch.append(digits).toString();
    }
}
