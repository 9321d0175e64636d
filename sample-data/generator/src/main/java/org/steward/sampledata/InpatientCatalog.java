package org.steward.sampledata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * For one fiscal year's weight table: the principal diagnoses that can head an inpatient stay and
 * the DRG families each can group to (from Synthea's candidate map). Families are limited to DRGs
 * present in every weight table; pre-MDC (transplant/ECMO) and HIV families are left out, newborn
 * families are kept for infants only and pregnancy families for pregnancy codes only.
 */
final class InpatientCatalog {

    /** A principal diagnosis and the families it can group to. */
    record Principal(String code, List<DrgFamily> families) {
    }

    final DrgWeightTable table;
    final List<Principal> general = new ArrayList<>();
    /** General principals with at least one surgical family. */
    final List<Principal> surgical = new ArrayList<>();
    final List<Principal> pregnancy = new ArrayList<>();
    final List<Principal> newborn = new ArrayList<>();
    private final ReferenceData ref;

    InpatientCatalog(DrgWeightTable table, ReferenceData ref) {
        this.table = table;
        this.ref = ref;
        IcdCodeSets.CodeSystem cm = ref.icd.cm;
        for (Map.Entry<String, List<String>> entry : ref.candidates.byPrincipal.entrySet()) {
            String code = entry.getKey();
            if (!cm.billableInAllYears(code)) {
                continue;
            }
            char chapter = code.charAt(0);
            Set<DrgFamily> families = new LinkedHashSet<>();
            for (String drgCode : entry.getValue()) {
                DrgWeightTable.Drg drg = table.get(drgCode);
                if (drg == null) {
                    continue;
                }
                DrgFamily family = drg.familyOf();
                boolean newbornFamily = "15".equals(family.mdc);
                boolean pregnancyFamily = "14".equals(family.mdc);
                boolean excluded = "PRE".equals(family.mdc) || "25".equals(family.mdc) || family.mdc.isEmpty();
                boolean fits = chapter == 'P' ? newbornFamily
                        : chapter == 'O' ? pregnancyFamily
                        : !pregnancyFamily && !newbornFamily;
                if (!excluded && fits && usableMember(family) != null) {
                    families.add(family);
                }
            }
            if (families.isEmpty()) {
                continue;
            }
            Principal p = new Principal(code, List.copyOf(families));
            (chapter == 'P' ? newborn : chapter == 'O' ? pregnancy : general).add(p);
            if (chapter != 'P' && chapter != 'O' && families.stream().anyMatch(f -> f.surgical)) {
                surgical.add(p);
            }
        }
        if (general.isEmpty()) {
            throw new IllegalStateException("no usable principal diagnoses for FY" + table.fiscalYear);
        }
    }

    /** A DRG may be used when every weight table has it (valid whichever year a reader applies). */
    boolean usable(DrgWeightTable.Drg drg) {
        return ref.drgInAllTables(drg.code()) && drg.weight10k() > 0;
    }

    DrgWeightTable.Drg member(DrgFamily family, int severity) {
        DrgWeightTable.Drg drg = family.memberFor(severity, this::usable);
        return drg != null ? drg : usableMember(family);
    }

    /**
     * Chooses a surgical or medical family of the principal (any family when it has none of the
     * wanted kind); within the kind, cheaper families are more common.
     */
    DrgFamily pickFamily(Principal principal, boolean wantSurgical, SplittableRandom r) {
        List<DrgFamily> families = principal.families();
        boolean kindExists = families.stream().anyMatch(f -> f.surgical == wantSurgical);
        double[] weights = new double[families.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            DrgFamily f = families.get(i);
            boolean fits = !kindExists || f.surgical == wantSurgical;
            weights[i] = fits ? 1.0 / StrictMath.pow(f.lowestWeight10k() / 10_000.0, 1.3) : 0;
            sum += weights[i];
        }
        double x = r.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (weights[i] > 0 && x < 0) {
                return families.get(i);
            }
        }
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return families.get(i);
            }
        }
        return families.get(0);
    }

    private DrgWeightTable.Drg usableMember(DrgFamily family) {
        for (DrgWeightTable.Drg drg : family.members) {
            if (usable(drg)) {
                return drg;
            }
        }
        return null;
    }
}
