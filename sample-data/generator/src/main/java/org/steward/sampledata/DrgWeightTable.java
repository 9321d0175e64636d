package org.steward.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One fiscal year's MS-DRG relative weights, with DRG families recognised from the titles.
 *
 * <p>Family rule (also written in the README, because truth/case_mix.csv depends on it): a title
 * matching {@link #SEVERITY_TITLE} belongs to the family named by group 1 (the stem) with the
 * severity label of group 2; a family "splits by severity" when it has at least two members.
 * Other titles are single-DRG families that do not split.
 */
final class DrgWeightTable {

    static final Pattern SEVERITY_TITLE =
            Pattern.compile("^(.*?) (WITH MCC|WITH CC/MCC|WITH CC|WITHOUT CC/MCC|WITHOUT MCC)( OR .*)?$");

    final int fiscalYear;
    private final Drg[] byNumber = new Drg[1000];
    final List<Drg> inFileOrder = new ArrayList<>();
    final List<DrgFamily> families = new ArrayList<>();

    /** One DRG row. Weight in ten-thousandths so sums stay exact. */
    record Drg(int number, String code, String mdc, boolean surgical, String title, int weight10k,
               double geometricMeanLos, String severityLabel, DrgFamily family) {

        DrgFamily familyOf() {
            return family;
        }

        boolean capturesCcOrMcc() {
            return familyOf().splits() && severityLabel != null && !severityLabel.startsWith("WITHOUT");
        }
    }

    private DrgWeightTable(int fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    static DrgWeightTable load(Path file, int fiscalYear) throws IOException {
        DrgWeightTable table = new DrgWeightTable(fiscalYear);
        Map<String, DrgFamily> byStem = new LinkedHashMap<>();
        CsvLine.forEachRecord(file, r -> {
            String code = r.get(0);
            int number = Integer.parseInt(code);
            String weight = r.get(4);
            String gmlos = r.get(5);
            Matcher m = SEVERITY_TITLE.matcher(r.get(3));
            String stem = m.matches() ? m.group(1) : "#" + code;
            String severity = m.matches() ? m.group(2) : null;
            DrgFamily family = byStem.computeIfAbsent(stem, s -> new DrgFamily(s, r.get(1), "SURG".equals(r.get(2))));
            Drg drg = new Drg(number, code, r.get(1), "SURG".equals(r.get(2)), r.get(3),
                    weight.isEmpty() ? -1 : parseTenThousandths(weight),
                    gmlos.isEmpty() ? 1.0 : Double.parseDouble(gmlos), severity, family);
            family.add(drg);
            table.byNumber[number] = drg;
            table.inFileOrder.add(drg);
        });
        table.families.addAll(byStem.values());
        return table;
    }

    Drg get(String code) {
        if (code == null || code.length() != 3) {
            return null;
        }
        int n;
        try {
            n = Integer.parseInt(code);
        } catch (NumberFormatException e) {
            return null;
        }
        return n >= 0 && n < 1000 ? byNumber[n] : null;
    }

    boolean contains(String code) {
        return get(code) != null;
    }

    private static int parseTenThousandths(String decimal) {
        int dot = decimal.indexOf('.');
        String whole = dot < 0 ? decimal : decimal.substring(0, dot);
        String frac = dot < 0 ? "" : decimal.substring(dot + 1);
        frac = (frac + "0000").substring(0, 4);
        return Integer.parseInt(whole) * 10_000 + Integer.parseInt(frac);
    }
}
