package org.steward.sampledata;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Assigns diagnoses, procedures and the MS-DRG. Inpatient stays take a principal diagnosis with
 * candidate DRGs, 0-8 secondary diagnoses (some CC/MCC), and the family member matching the
 * highest secondary severity (MCC > CC > none). Pregnancy codes go only to women of 12-55 and
 * perinatal codes only to infants, so the planted pregnancy/newborn defects are the only ones.
 */
final class ClinicalCoder {

    private final CodePools pools;
    private final SeverityList severity;
    private final List<InpatientCatalog> catalogs;
    private final int[] years;

    ClinicalCoder(CodePools pools, ReferenceData ref) {
        this.pools = pools;
        this.severity = ref.severity;
        this.catalogs = ref.drgTables.stream().map(t -> new InpatientCatalog(t, ref)).toList();
        this.years = ref.drgYears;
    }

    InpatientCatalog catalogFor(int dischargeDay) {
        return catalogs.get(FiscalYear.index(FiscalYear.of(dischargeDay), years));
    }

    /**
     * @param progress     0 at the first month, 1 at the last (drives the case-mix drift)
     * @param lowCapture   the facility under-documents CCs/MCCs
     */
    void codeInpatient(Encounter e, char sex, int ageYears, double progress, boolean lowCapture, SplittableRandom r) {
        InpatientCatalog catalog = catalogFor(e.dischargeDay);
        List<InpatientCatalog.Principal> pool = catalog.general;
        if (ageYears == 0 && !catalog.newborn.isEmpty() && r.nextDouble() < 0.7) {
            pool = catalog.newborn;
        } else if (sex == 'F' && ageYears >= 12 && ageYears <= 55 && !catalog.pregnancy.isEmpty()
                && r.nextDouble() < 0.25) {
            pool = catalog.pregnancy;
        }
        // The planted case-mix drift: the surgical share of general stays climbs from 12% to 24%.
        boolean surgical = pool == catalog.general && !catalog.surgical.isEmpty()
                && r.nextDouble() < 0.12 + 0.12 * progress;
        if (surgical) {
            pool = catalog.surgical;
        }
        InpatientCatalog.Principal principal = pool.get(r.nextInt(pool.size()));
        e.principal = principal.code();
        e.family = catalog.pickFamily(principal, surgical, r);

        double documentation = (lowCapture ? 0.55 : 1.0) * (1.0 + 0.15 * progress);
        double mccChance = 0.16 * documentation;
        double ccChance = 0.30 * documentation;
        int count = secondaryCount(r);
        boolean child = ageYears < 18;
        for (int i = 0; i < count; i++) {
            double u = r.nextDouble();
            // The chronic-comorbidity list is adult; children only get acute CC/MCC conditions.
            String code = u < mccChance ? CodePools.pick(pools.mcc, r)
                    : u < mccChance + ccChance ? CodePools.pick(pools.cc, r)
                    : child ? null : CodePools.pick(pools.commonSecondary, r);
            if (code != null && !e.hasCode(code)) {
                e.addSecondary(code);
            }
        }
        assignDrg(e, catalog);
        int procedures = e.family.surgical ? 1 + r.nextInt(3) : r.nextDouble() < 0.35 ? 1 : 0;
        for (int i = 0; i < procedures; i++) {
            e.procedures[e.procedureCount++] = CodePools.pick(
                    e.family.surgical && i == 0 ? pools.surgicalProcedures : pools.otherProcedures, r);
        }
    }

    /** Children get pediatric first-listed diagnoses and no adult chronic comorbidities. */
    void codeOutpatient(Encounter e, int ageYears, SplittableRandom r) {
        boolean child = ageYears < 18;
        e.principal = CodePools.pick(child ? pools.pediatricPrincipal : pools.outpatientPrincipal, r);
        int count = child || r.nextDouble() < 0.5 ? 0 : 1 + r.nextInt(3);
        for (int i = 0; i < count; i++) {
            String code = CodePools.pick(pools.commonSecondary, r);
            if (!e.hasCode(code)) {
                e.addSecondary(code);
            }
        }
        if (r.nextDouble() < (e.type == EncounterClass.OUTPATIENT ? 0.25 : 0.1)) {
            e.procedures[e.procedureCount++] = CodePools.pick(pools.otherProcedures, r);
        }
    }

    /** Adds a secondary diagnosis of the given severity (a CDI query answer) and regroups. */
    void documentSeverity(Encounter e, int wanted, SplittableRandom r) {
        String[] pool = wanted == DrgFamily.MCC ? pools.mcc : pools.cc;
        for (int attempt = 0; attempt < 10; attempt++) {
            String code = CodePools.pick(pool, r);
            if (!e.hasCode(code)) {
                e.addSecondary(code);
                break;
            }
        }
        assignDrg(e, catalogFor(e.dischargeDay));
    }

    /**
     * The severity a CDI answer would have to document to move the stay to a higher-weighted
     * member of its family (CC when that is enough, sometimes MCC), or -1 when no member is higher.
     */
    int upliftSeverity(Encounter e, SplittableRandom r) {
        InpatientCatalog catalog = catalogFor(e.dischargeDay);
        DrgWeightTable.Drg withCc = catalog.member(e.family, DrgFamily.CC);
        DrgWeightTable.Drg withMcc = catalog.member(e.family, DrgFamily.MCC);
        boolean ccMoves = withCc != e.drgRow && withCc.weight10k() > e.drgRow.weight10k();
        boolean mccMoves = withMcc != e.drgRow && withMcc.weight10k() > e.drgRow.weight10k();
        if (ccMoves && (!mccMoves || r.nextDouble() < 0.65)) {
            return DrgFamily.CC;
        }
        return mccMoves ? DrgFamily.MCC : -1;
    }

    int highestSeverity(Encounter e) {
        int highest = DrgFamily.NONE;
        for (int i = 0; i < e.secondaryCount; i++) {
            highest = Math.max(highest, severity.of(e.secondary[i]));
        }
        return highest;
    }

    private void assignDrg(Encounter e, InpatientCatalog catalog) {
        e.drgRow = catalog.member(e.family, highestSeverity(e));
        e.drg = e.drgRow.code();
    }

    private static int secondaryCount(SplittableRandom r) {
        double u = r.nextDouble();
        if (u < 0.08) {
            return 0;
        }
        return 1 + Math.min(7, (int) Noise.exponential(2.8, r));
    }
}
