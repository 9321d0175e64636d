package org.steward.casemix.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DRG families recognised from one fiscal year's MS-DRG titles.
 *
 * <p>The rule is the sample-data generator's ({@code org.steward.sampledata.DrgWeightTable}), because
 * truth/case_mix.csv depends on it: a title matching {@link #SEVERITY_TITLE} belongs to the family named
 * by group 1 (the stem) with the severity of group 2; a family splits by severity when it has at least
 * two members in that year's table, and a member of a family that does not split is
 * {@link DrgSeverity#NOT_SPLIT}. Any other title is a single-DRG family named "#" + code.
 *
 * <p>So "LIVER TRANSPLANT WITH MCC OR INTESTINAL TRANSPLANT" (005) and "LIVER TRANSPLANT WITHOUT MCC"
 * (006) are one family; and in FY 2023-2026, 837 ("... OR WITH HIGH DOSE CHEMOTHERAPY AGENT WITH MCC")
 * has a stem of its own and does not split, while 838 and 839 form a pair.
 */
public final class DrgFamilies {

    /** Stem, severity ending, optional " OR ..." tail. */
    public static final Pattern SEVERITY_TITLE =
            Pattern.compile("^(.*?) (WITH MCC|WITH CC/MCC|WITH CC|WITHOUT CC/MCC|WITHOUT MCC)( OR .*)?$");

    private DrgFamilies() {
    }

    /**
     * Each DRG's family and severity, keyed by code, in table order. The rows must all be of one fiscal
     * year with distinct codes (IllegalArgumentException otherwise).
     */
    public static Map<String, DrgGroup> classify(List<MsDrg> oneFiscalYear) {
        Map<String, String[]> stemAndWords = new LinkedHashMap<>();
        Map<String, Integer> members = new LinkedHashMap<>();
        Integer year = null;
        for (MsDrg drg : oneFiscalYear) {
            if (year == null) {
                year = drg.fiscalYear();
            } else if (year != drg.fiscalYear()) {
                throw new IllegalArgumentException("DRG table mixes fiscal years " + year + " and " + drg.fiscalYear());
            }
            Matcher m = SEVERITY_TITLE.matcher(drg.title());
            String[] parsed = m.matches() ? new String[] {m.group(1), m.group(2)} : new String[] {"#" + drg.code(), null};
            if (stemAndWords.put(drg.code(), parsed) != null) {
                throw new IllegalArgumentException("DRG " + drg.code() + " appears twice in the FY " + year + " table");
            }
            members.merge(parsed[0], 1, Integer::sum);
        }
        Map<String, DrgGroup> groups = new LinkedHashMap<>();
        stemAndWords.forEach((code, parsed) -> {
            boolean splits = members.get(parsed[0]) >= 2;
            DrgSeverity severity = splits ? DrgSeverity.ofTitleWords(parsed[1]) : DrgSeverity.NOT_SPLIT;
            groups.put(code, new DrgGroup(code, parsed[0], severity, splits));
        });
        return Collections.unmodifiableMap(groups);
    }
}
