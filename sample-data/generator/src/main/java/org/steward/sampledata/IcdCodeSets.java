package org.steward.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ICD-10-CM and ICD-10-PCS code lists for every fiscal year in {@code reference/icd10}. For each
 * code it keeps, per year, whether the code exists and whether it is billable.
 */
final class IcdCodeSets {

    private static final Pattern CM_FILE = Pattern.compile("icd10cm_order_fy(\\d{4})\\.csv\\.gz");
    private static final Pattern PCS_FILE = Pattern.compile("icd10pcs_order_fy(\\d{4})\\.csv\\.gz");

    final CodeSystem cm;
    final CodeSystem pcs;

    private IcdCodeSets(CodeSystem cm, CodeSystem pcs) {
        this.cm = cm;
        this.pcs = pcs;
    }

    static IcdCodeSets load(Path icd10Dir) throws IOException {
        return new IcdCodeSets(CodeSystem.load(icd10Dir, CM_FILE), CodeSystem.load(icd10Dir, PCS_FILE));
    }

    /** One code system across fiscal years. */
    static final class CodeSystem {
        final int[] years;
        /** Codes in the order of the newest file (tabular order), for deterministic pools. */
        final List<String> newestOrder = new ArrayList<>();
        /** Bit 2i: exists in years[i]; bit 2i+1: billable in years[i]. Lookups only, never iterated. */
        private final Map<String, Integer> flags = new HashMap<>(200_000);

        private CodeSystem(int[] years) {
            this.years = years;
        }

        static CodeSystem load(Path dir, Pattern filePattern) throws IOException {
            List<Path> files = CsvLine.sortedMatches(dir, filePattern.pattern());
            if (files.isEmpty()) {
                throw new IOException("no files matching " + filePattern.pattern() + " in " + dir);
            }
            int[] years = new int[files.size()];
            for (int i = 0; i < files.size(); i++) {
                Matcher m = filePattern.matcher(files.get(i).getFileName().toString());
                m.matches();
                years[i] = Integer.parseInt(m.group(1));
            }
            CodeSystem system = new CodeSystem(years);
            for (int i = 0; i < files.size(); i++) {
                int index = i;
                boolean newest = i == files.size() - 1;
                CsvLine.forEachLine(files.get(i), line -> {
                    int comma = line.indexOf(',');
                    String code = line.substring(0, comma).intern();
                    boolean billable = line.charAt(comma + 1) == '1';
                    int bits = (1 << (2 * index)) | (billable ? 1 << (2 * index + 1) : 0);
                    system.flags.merge(code, bits, (a, b) -> a | b);
                    if (newest) {
                        system.newestOrder.add(code);
                    }
                });
            }
            return system;
        }

        int yearIndex(int fiscalYear) {
            return FiscalYear.index(fiscalYear, years);
        }

        boolean billable(String code, int fiscalYear) {
            Integer f = flags.get(code);
            return f != null && (f & (1 << (2 * yearIndex(fiscalYear) + 1))) != 0;
        }

        boolean billableInAllYears(String code) {
            Integer f = flags.get(code);
            if (f == null) {
                return false;
            }
            for (int i = 0; i < years.length; i++) {
                if ((f & (1 << (2 * i + 1))) == 0) {
                    return false;
                }
            }
            return true;
        }

        boolean headerInAllYears(String code) {
            Integer f = flags.get(code);
            if (f == null) {
                return false;
            }
            for (int i = 0; i < years.length; i++) {
                if ((f & (1 << (2 * i))) == 0 || (f & (1 << (2 * i + 1))) != 0) {
                    return false;
                }
            }
            return true;
        }

        boolean existsInAnyYear(String code) {
            return flags.containsKey(code);
        }
    }
}
