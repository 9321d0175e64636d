package org.steward.sampledata;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.SplittableRandom;

/** Creates encounters: class, dates, payer, attending, codes, disposition and charges. */
final class EncounterFactory {

    private static final String[] INPATIENT_DISPOSITIONS = {"01", "06", "03", "62", "02", "07", "50"};
    private static final double[] INPATIENT_SHARES = {0.62, 0.15, 0.12, 0.03, 0.03, 0.02, 0.03};

    private final GeneratorSettings settings;
    private final FacilityLayout layout;
    private final ClinicalCoder coder;
    private final long[] chargeBaseCents;

    EncounterFactory(GeneratorSettings settings, FacilityLayout layout, ClinicalCoder coder) {
        this.settings = settings;
        this.layout = layout;
        this.coder = coder;
        this.chargeBaseCents = new long[layout.count];
        SplittableRandom r = SeedStreams.of(settings.seed(), SeedStreams.Concern.FACILITY_LAYOUT, 99);
        for (int f = 0; f < layout.count; f++) {
            chargeBaseCents[f] = (30_000 + r.nextInt(15_000)) * 100L;
        }
    }

    /**
     * @param trueBirthDay   the person's real birth date (no stay may start before it)
     * @param death          this is the stay the person dies in, discharged on {@code latestDischarge}
     * @param latestDischarge last allowed discharge day
     */
    void create(Encounter e, RecordedPatient rp, int trueBirthDay, boolean death, int latestDischarge,
                SplittableRandom r) {
        e.reset();
        e.facility = rp.facility;
        e.mrn = rp.mrn;
        e.type = death ? EncounterClass.INPATIENT : pickType(r);
        int first = settings.firstDay();
        e.dischargeDay = death ? latestDischarge : first + r.nextInt(latestDischarge - first + 1);
        YearMonth month = YearMonth.from(LocalDate.ofEpochDay(e.dischargeDay));
        e.monthIndex = (int) settings.firstMonth().until(month, java.time.temporal.ChronoUnit.MONTHS);
        double progress = settings.months() > 1 ? e.monthIndex / (double) (settings.months() - 1) : 0;
        // The recorded birth date decides age-specific coding, since that is what a checker sees.
        int age = rp.birthDay <= e.dischargeDay ? ageYears(rp.birthDay, e.dischargeDay) : -1;
        e.payer = Payers.forEncounter(settings.seed(), rp.person, Math.max(age, 0), r);
        e.npi = Long.toString(layout.pickNpi(e.facility, r));
        int earliestAdmit = Math.max(trueBirthDay, rp.birthDay <= e.dischargeDay ? rp.birthDay : trueBirthDay);
        if (e.type == EncounterClass.INPATIENT) {
            coder.codeInpatient(e, rp.sex, age, progress, layout.lowCcMccCapture(e.facility), r);
            double los = Noise.logNormal(e.drgRow.geometricMeanLos(), 0.45, r);
            int stay = (int) Math.max(1, Math.min(45, Math.round(los)));
            e.admitDay = Math.max(e.dischargeDay - stay, earliestAdmit);
            e.disposition = death ? "20" : pick(INPATIENT_DISPOSITIONS, INPATIENT_SHARES, r);
        } else {
            coder.codeOutpatient(e, age, r);
            int stay = switch (e.type) {
                case EMERGENCY -> r.nextDouble() < 0.12 ? 1 : 0;
                case OBSERVATION -> r.nextInt(3);
                default -> 0;
            };
            e.admitDay = Math.max(e.dischargeDay - stay, earliestAdmit);
            e.disposition = outpatientDisposition(e.type, r);
        }
        e.serviceDischargeDay = e.dischargeDay;
    }

    /** Charges follow the final DRG weight (after any CDI query) or the visit type. */
    void price(Encounter e, SplittableRandom r) {
        double dollars = switch (e.type) {
            case INPATIENT -> Noise.logNormal(e.drgRow.weight10k() / 10_000.0 * chargeBaseCents[e.facility] / 100.0,
                    0.25, r);
            case OUTPATIENT -> Math.min(25_000, Math.max(60, Noise.logNormal(450, 0.9, r)));
            case EMERGENCY -> Math.min(40_000, Math.max(150, Noise.logNormal(1_900, 0.7, r)));
            case OBSERVATION -> Math.min(60_000, Math.max(1_000, Noise.logNormal(7_500, 0.5, r)));
        };
        e.chargesCents = Math.max(100, Math.round(dollars * 100));
    }

    static int ageYears(int birthDay, int onDay) {
        return Period.between(LocalDate.ofEpochDay(birthDay), LocalDate.ofEpochDay(onDay)).getYears();
    }

    private static EncounterClass pickType(SplittableRandom r) {
        double u = r.nextDouble();
        return u < 0.20 ? EncounterClass.INPATIENT : u < 0.70 ? EncounterClass.OUTPATIENT
                : u < 0.92 ? EncounterClass.EMERGENCY : EncounterClass.OBSERVATION;
    }

    private static String outpatientDisposition(EncounterClass type, SplittableRandom r) {
        double u = r.nextDouble();
        return switch (type) {
            case EMERGENCY -> u < 0.90 ? "01" : u < 0.95 ? "07" : u < 0.98 ? "02" : "03";
            case OBSERVATION -> u < 0.85 ? "01" : u < 0.95 ? "06" : "03";
            default -> "01";
        };
    }

    private static String pick(String[] values, double[] shares, SplittableRandom r) {
        double u = r.nextDouble();
        for (int i = 0; i < values.length; i++) {
            u -= shares[i];
            if (u < 0) {
                return values[i];
            }
        }
        return values[0];
    }
}
