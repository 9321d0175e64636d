package org.steward.sampledata;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Lists the generator draws codes from. Clean codes are billable in every fiscal year of the
 * reference set, so a row stays valid whichever year's list a reader checks it against (this also
 * covers rows whose dates are planted defects). Defect codes are built to fail in every year.
 */
final class CodePools {

    final String[] outpatientPrincipal;
    final String[] pediatricPrincipal;
    final String[] commonSecondary;
    final String[] cc;
    final String[] mcc;
    final String[] pregnancy;
    final String[] perinatal;
    final String[] surgicalProcedures;
    final String[] otherProcedures;
    final String[] invalidCm;
    final String[] nonbillableCm;
    final String[] invalidPcs;

    CodePools(ReferenceData ref, long seed) {
        IcdCodeSets.CodeSystem cm = ref.icd.cm;
        IcdCodeSets.CodeSystem pcs = ref.icd.pcs;
        SeverityList severity = ref.severity;
        outpatientPrincipal = BundledList.read("outpatient_principal_dx.txt").stream().map(r -> r[0])
                .filter(c -> cm.billableInAllYears(c) && !pregnancyOrPerinatal(c)).toArray(String[]::new);
        pediatricPrincipal = BundledList.read("pediatric_principal_dx.txt").stream().map(r -> r[0])
                .filter(c -> cm.billableInAllYears(c) && !pregnancyOrPerinatal(c)).toArray(String[]::new);
        commonSecondary = BundledList.read("common_secondary_dx.txt").stream().map(r -> r[0])
                .filter(c -> cm.billableInAllYears(c) && !pregnancyOrPerinatal(c)
                        && severity.of(c) == DrgFamily.NONE).toArray(String[]::new);
        cc = severityPool(severity.ccInFileOrder, cm, severity);
        mcc = severityPool(severity.mccInFileOrder, cm, severity);
        List<String> preg = new ArrayList<>();
        List<String> peri = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (String code : cm.newestOrder) {
            if (cm.billableInAllYears(code)) {
                if (code.charAt(0) == 'O') {
                    preg.add(code);
                } else if (code.charAt(0) == 'P') {
                    peri.add(code);
                }
            } else if (cm.headerInAllYears(code) && "ABCDEFGIJKLMNR".indexOf(code.charAt(0)) >= 0) {
                header.add(code);
            }
        }
        pregnancy = preg.toArray(String[]::new);
        perinatal = peri.toArray(String[]::new);
        nonbillableCm = header.toArray(String[]::new);
        List<String> surgical = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (String code : pcs.newestOrder) {
            if (code.length() == 7 && pcs.billableInAllYears(code)) {
                (code.charAt(0) == '0' ? surgical : other).add(code);
            }
        }
        surgicalProcedures = surgical.toArray(String[]::new);
        otherProcedures = other.toArray(String[]::new);
        SplittableRandom r = SeedStreams.of(seed, SeedStreams.Concern.CODE_POOLS);
        invalidCm = absentVariants(cm, commonAndCc(), r, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ");
        invalidPcs = absentVariants(pcs, surgicalProcedures, r, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ");
        requireNonEmpty();
    }

    static boolean pregnancyOrPerinatal(String code) {
        return code.charAt(0) == 'O' || code.charAt(0) == 'P';
    }

    /** A malformed rendering of a code: still code-like, but fails the ICD-10-CM shape. */
    static String malformed(String code, SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> "1" + code.substring(1);                  // must start with a letter
            case 1 -> code.charAt(0) + "O" + code.substring(2);  // second character must be a digit
            case 2 -> code + "XXXXX";                           // more than 7 characters
            default -> code.substring(0, 3) + "-" + code.substring(3); // punctuation other than the dot
        };
    }

    static String pick(String[] pool, SplittableRandom r) {
        return pool[r.nextInt(pool.length)];
    }

    private String[] commonAndCc() {
        String[] all = new String[commonSecondary.length + cc.length];
        System.arraycopy(commonSecondary, 0, all, 0, commonSecondary.length);
        System.arraycopy(cc, 0, all, commonSecondary.length, cc.length);
        return all;
    }

    private static String[] severityPool(List<String> codes, IcdCodeSets.CodeSystem cm, SeverityList severity) {
        // Injury, poisoning and external-cause chapters are left out: they read oddly as comorbidities.
        return codes.stream().filter(c -> cm.billableInAllYears(c) && "ABCDEFGHIJKLMNQR".indexOf(c.charAt(0)) >= 0
                && !severity.mccOnlyIfAlive(c)).toArray(String[]::new);
    }

    /** Well-formed codes one character away from a real code and absent from every year's list. */
    private static String[] absentVariants(IcdCodeSets.CodeSystem system, String[] sources, SplittableRandom r,
                                           String alphabet) {
        List<String> out = new ArrayList<>();
        for (int attempt = 0; attempt < 20_000 && out.size() < 300; attempt++) {
            String source = sources[r.nextInt(sources.length)];
            if (source.length() < 4) {
                continue;
            }
            char[] chars = source.toCharArray();
            chars[chars.length - 1] = alphabet.charAt(r.nextInt(alphabet.length()));
            String candidate = new String(chars);
            if (!system.existsInAnyYear(candidate) && !out.contains(candidate)) {
                out.add(candidate);
            }
        }
        return out.toArray(String[]::new);
    }

    private void requireNonEmpty() {
        String[][] pools = {outpatientPrincipal, pediatricPrincipal, commonSecondary, cc, mcc, pregnancy, perinatal, surgicalProcedures,
            otherProcedures, invalidCm, nonbillableCm, invalidPcs};
        for (String[] pool : pools) {
            if (pool.length == 0) {
                throw new IllegalStateException("a code pool is empty; check the reference ICD-10 files");
            }
        }
    }
}
