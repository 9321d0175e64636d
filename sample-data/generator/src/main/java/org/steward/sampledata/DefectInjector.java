package org.steward.sampledata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plants the data-quality defects. A row gets at most one, and every other row is built clean of
 * all of them, so truth/dq_defects.csv counts are exact. Queried encounters are left alone so
 * a CDI query's drg_after always matches its encounter.
 */
final class DefectInjector {

    private static final DqDefect[] ENCOUNTER_DEFECTS = {
        DqDefect.INVALID_ICD10CM, DqDefect.NONBILLABLE_ICD10CM, DqDefect.MALFORMED_ICD10CM,
        DqDefect.INVALID_ICD10PCS, DqDefect.DISCHARGE_BEFORE_ADMIT, DqDefect.FUTURE_SERVICE_DATE,
        DqDefect.BAD_NPI_CHECK_DIGIT, DqDefect.MISSING_DRG, DqDefect.INVALID_DRG_FOR_FY,
        DqDefect.PREGNANCY_DX_ON_MALE, DqDefect.NEWBORN_DX_ON_ADULT,
    };
    // Per row the defect can apply to: inpatient-only and sex/age-specific defects see fewer rows,
    // hence the higher rates; each lands at 0.15-0.3% of all encounter rows.
    private static final double[] ENCOUNTER_RATES = {
        0.0025, 0.0025, 0.0020, 0.0020, 0.0020, 0.0015, 0.0025, 0.0120, 0.0100, 0.0050, 0.0035,
    };
    private static final DqDefect[] PATIENT_DEFECTS = {
        DqDefect.BIRTH_DATE_FUTURE, DqDefect.SSN_INVALID_STRUCTURE, DqDefect.SSN_PLACEHOLDER,
    };
    private static final double[] PATIENT_RATES = {0.002, 0.002, 0.001};

    private final CodePools pools;
    private final ReferenceData ref;
    private final int lastDay;
    private final String[][] retiredOrFutureDrgs;
    private final DefectSchedule patientSchedule;
    private final DefectSchedule encounterSchedule;
    private final DefectSchedule negativeBilled;
    private final DefectSchedule orphanClaims;
    private final DefectSchedule overpaid;
    private final boolean[] patientApplies = {true, true, true};
    private final boolean[] encounterApplies = new boolean[ENCOUNTER_DEFECTS.length];

    DefectInjector(CodePools pools, ReferenceData ref, GeneratorSettings settings) {
        this.pools = pools;
        this.ref = ref;
        this.lastDay = settings.lastDay();
        this.retiredOrFutureDrgs = drgsMissingPerTable(ref);
        SplittableRandom r = SeedStreams.of(settings.seed(), SeedStreams.Concern.ENCOUNTER_DEFECTS, -1);
        patientSchedule = new DefectSchedule(PATIENT_RATES, r);
        encounterSchedule = new DefectSchedule(ENCOUNTER_RATES, r);
        negativeBilled = new DefectSchedule(new double[] {0.0025}, r);
        orphanClaims = new DefectSchedule(new double[] {0.003}, r);
        overpaid = new DefectSchedule(new double[] {0.0025}, r);
    }

    /**
     * Plants at most one patients-table defect. A placeholder SSN left by registration noise is
     * reported as the ssn_placeholder defect, so that count stays exact too.
     */
    DqDefect patient(RecordedPatient rp, SplittableRandom r) {
        if (rp.ssn == SsnSpace.PLACEHOLDER_NINES) {
            return DqDefect.SSN_PLACEHOLDER;
        }
        int pick = patientSchedule.decide(patientApplies);
        if (pick < 0) {
            return null;
        }
        DqDefect defect = PATIENT_DEFECTS[pick];
        switch (defect) {
            case BIRTH_DATE_FUTURE -> {
                LocalDate future = LocalDate.ofEpochDay(lastDay).plusYears(20 + r.nextInt(20));
                rp.birthDay = (int) future.toEpochDay() + r.nextInt(365);
                rp.removeGroup(IdentityDeviation.Group.DOB);
                rp.add(IdentityDeviation.BIRTH_DATE_FUTURE);
            }
            case SSN_INVALID_STRUCTURE -> {
                rp.ssn = SsnSpace.invalidStructure(r);
                rp.removeGroup(IdentityDeviation.Group.SSN);
                rp.add(IdentityDeviation.SSN_INVALID_STRUCTURE);
            }
            default -> {
                rp.ssn = r.nextBoolean() ? SsnSpace.PLACEHOLDER_NINES : SsnSpace.PLACEHOLDER_SEQUENCE;
                rp.removeGroup(IdentityDeviation.Group.SSN);
                rp.add(IdentityDeviation.SSN_PLACEHOLDER);
            }
        }
        return defect;
    }

    /** Plants at most one encounters-table defect on an unqueried encounter; returns it or null. */
    DqDefect encounter(Encounter e, RecordedPatient rp, SplittableRandom r) {
        if (e.queried) {
            return null;
        }
        for (int i = 0; i < ENCOUNTER_DEFECTS.length; i++) {
            encounterApplies[i] = applies(ENCOUNTER_DEFECTS[i], e, rp);
        }
        int pick = encounterSchedule.decide(encounterApplies);
        if (pick < 0) {
            return null;
        }
        DqDefect chosen = ENCOUNTER_DEFECTS[pick];
        switch (chosen) {
            case INVALID_ICD10CM -> e.principal = CodePools.pick(pools.invalidCm, r);
            case NONBILLABLE_ICD10CM -> e.principal = CodePools.pick(pools.nonbillableCm, r);
            case MALFORMED_ICD10CM -> e.principal = CodePools.malformed(e.principal, r);
            case INVALID_ICD10PCS -> {
                if (e.procedureCount == 0) {
                    e.procedureCount = 1;
                }
                e.procedures[r.nextInt(e.procedureCount)] = CodePools.pick(pools.invalidPcs, r);
            }
            case DISCHARGE_BEFORE_ADMIT -> e.admitDay = e.dischargeDay + 1 + r.nextInt(7);
            case FUTURE_SERVICE_DATE -> {
                int stay = e.dischargeDay - e.admitDay;
                LocalDate future = LocalDate.ofEpochDay(lastDay).plusYears(20);
                e.dischargeDay = (int) future.toEpochDay() + r.nextInt(3650);
                e.admitDay = e.dischargeDay - stay;
            }
            case BAD_NPI_CHECK_DIGIT -> {
                long npi = Long.parseLong(e.npi);
                long wrong = (npi % 10 + 1 + r.nextInt(9)) % 10;
                e.npi = Long.toString(npi / 10 * 10 + wrong);
            }
            case MISSING_DRG -> e.drg = "";
            case INVALID_DRG_FOR_FY -> e.drg = invalidDrg(e.dischargeDay, r);
            case PREGNANCY_DX_ON_MALE -> e.addSecondary(CodePools.pick(pools.pregnancy, r));
            case NEWBORN_DX_ON_ADULT -> e.addSecondary(CodePools.pick(pools.perinatal, r));
            default -> {
                return null;
            }
        }
        e.defect = chosen;
        return chosen;
    }

    boolean negativeBilled() {
        return negativeBilled.fires();
    }

    boolean orphanClaim() {
        return orphanClaims.fires();
    }

    /** Asked for paid claims only. */
    boolean paidAboveBilled() {
        return overpaid.fires();
    }

    private boolean applies(DqDefect defect, Encounter e, RecordedPatient rp) {
        return switch (defect) {
            case MISSING_DRG, INVALID_DRG_FOR_FY -> e.type == EncounterClass.INPATIENT;
            case PREGNANCY_DX_ON_MALE -> rp.sex == 'M';
            case NEWBORN_DX_ON_ADULT -> rp.birthDay <= e.admitDay && EncounterFactory.ageYears(rp.birthDay, e.admitDay) >= 18;
            default -> true;
        };
    }

    private String invalidDrg(int dischargeDay, SplittableRandom r) {
        String[] candidates = retiredOrFutureDrgs[ref.drgTables.indexOf(ref.drgTableFor(dischargeDay))];
        return candidates[r.nextInt(candidates.length)];
    }

    /** Per table: DRGs another year's table has but this one does not (e.g. ones CMS retired). */
    private static String[][] drgsMissingPerTable(ReferenceData ref) {
        String[][] result = new String[ref.drgTables.size()][];
        for (int t = 0; t < result.length; t++) {
            DrgWeightTable own = ref.drgTables.get(t);
            List<String> candidates = new ArrayList<>();
            for (DrgWeightTable other : ref.drgTables) {
                for (DrgWeightTable.Drg drg : other.inFileOrder) {
                    if (!own.contains(drg.code()) && !candidates.contains(drg.code())) {
                        candidates.add(drg.code());
                    }
                }
            }
            for (int n = 1; n < 1000 && candidates.isEmpty(); n++) {
                String code = String.format("%03d", n);
                if (!own.contains(code)) {
                    candidates.add(code);
                }
            }
            result[t] = candidates.toArray(String[]::new);
        }
        return result;
    }
}
