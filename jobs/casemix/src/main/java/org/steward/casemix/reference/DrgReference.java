package org.steward.casemix.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.steward.casemix.core.DrgFamilies;
import org.steward.casemix.core.DrgGroup;
import org.steward.casemix.core.DrgSeverity;
import org.steward.casemix.core.MsDrg;
import org.steward.platform.reference.ReferenceFiles;
import org.steward.platform.settings.ConfigException;

/**
 * The MS-DRG weight tables by fiscal year (with each DRG's family and severity read from its title) and
 * the CC/MCC lists by grouper version, found by file name under {@code config/reference/}: next year is
 * a file dropped in. Held as rows so either engine can join them.
 */
public final class DrgReference {

    private static final Pattern WEIGHTS = Pattern.compile("ms_drg_weights_fy(\\d{4})_(v\\d+)\\.csv(\\.gz)?");
    private static final Pattern CC_MCC = Pattern.compile("msdrg_cc_mcc_(v\\d+)_fy(\\d{4})\\.csv(\\.gz)?");

    private final TreeMap<Integer, List<MsDrg>> tables = new TreeMap<>();
    private final Map<Integer, String> grouperVersions = new HashMap<>();
    private final Map<Integer, Map<String, DrgGroup>> groups = new HashMap<>();
    private final Map<Integer, Map<String, MsDrg>> byCode = new HashMap<>();
    /** CC/MCC list per fiscal year of its grouper version: {code, severity, mcc only if alive}. */
    private final TreeMap<Integer, List<Object[]>> ccMccLists = new TreeMap<>();
    private final Map<Integer, String> ccMccVersions = new HashMap<>();

    private DrgReference() {
    }

    public static DrgReference load(Path folder) {
        DrgReference reference = new DrgReference();
        for (Path file : ReferenceFiles.list(folder)) {
            String name = file.getFileName().toString();
            Matcher weights = WEIGHTS.matcher(name);
            Matcher ccMcc = CC_MCC.matcher(name);
            if (weights.matches()) {
                int year = Integer.parseInt(weights.group(1));
                reference.grouperVersions.put(year, weights.group(2));
                reference.tables.put(year, weightTable(file, year));
            } else if (ccMcc.matches()) {
                int year = Integer.parseInt(ccMcc.group(2));
                reference.ccMccVersions.put(year, ccMcc.group(1));
                reference.ccMccLists.put(year, ccMccList(file));
            }
        }
        if (reference.tables.isEmpty()) {
            throw new ConfigException(folder + ": no MS-DRG weight tables (ms_drg_weights_fyYYYY_vNN.csv) found");
        }
        if (reference.ccMccLists.isEmpty()) {
            throw new ConfigException(folder + ": no CC/MCC list (msdrg_cc_mcc_vNN_fyYYYY.csv.gz) found");
        }
        reference.tables.forEach((year, rows) -> {
            reference.groups.put(year, classify(rows, year));
            Map<String, MsDrg> codes = new HashMap<>();
            rows.forEach(d -> codes.put(d.code(), d));
            reference.byCode.put(year, codes);
        });
        return reference;
    }

    private static Map<String, DrgGroup> classify(List<MsDrg> rows, int year) {
        try {
            return DrgFamilies.classify(rows);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("MS-DRG table FY" + year + ": " + e.getMessage());
        }
    }

    private static List<MsDrg> weightTable(Path file, int year) {
        List<MsDrg> rows = new ArrayList<>();
        ReferenceFiles.read(file, row -> {
            try {
                rows.add(new MsDrg(year, row.getField("ms_drg"), row.getField("mdc"), "SURG".equals(row.getField("type")),
                        row.getField("ms_drg_title"), number(row.getField("weight")),
                        number(row.getField("geometric_mean_los"))));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(file + ":" + (row.getStartingLineNumber()) + ": " + e.getMessage());
            }
        });
        return rows;
    }

    private static List<Object[]> ccMccList(Path file) {
        List<Object[]> rows = new ArrayList<>();
        ReferenceFiles.read(file, row -> rows.add(new Object[] {row.getField("icd10cm_code").replace(".", ""),
                row.getField("severity"), "Y".equals(row.getField("mcc_only_if_discharged_alive"))}));
        return rows;
    }

    private static Double number(String text) {
        return text == null || text.isBlank() ? null : Double.valueOf(text.strip());
    }

    public List<Integer> fiscalYears() {
        return List.copyOf(tables.keySet());
    }

    public String grouperVersion(int fiscalYear) {
        return grouperVersions.get(fiscalYear);
    }

    /** A DRG's row in a fiscal year's table. */
    public Optional<MsDrg> drg(int fiscalYear, String code) {
        return Optional.ofNullable(byCode.getOrDefault(fiscalYear, Map.of()).get(code));
    }

    /** A DRG's family in a fiscal year's table. */
    public Optional<String> family(int fiscalYear, String code) {
        return Optional.ofNullable(groups.getOrDefault(fiscalYear, Map.of()).get(code)).map(DrgGroup::family);
    }

    /**
     * The CC/MCC list a fiscal year's discharges are judged on: that year's, else the latest earlier one,
     * else the earliest there is (CMS changes the lists yearly; the output names the version used).
     */
    public int ccMccYearFor(int fiscalYear) {
        Integer year = ccMccLists.floorKey(fiscalYear);
        return year != null ? year : ccMccLists.firstKey();
    }

    public String ccMccVersion(int listYear) {
        return ccMccVersions.get(listYear) + " (FY" + listYear + ")";
    }

    /**
     * {fiscal_year, ms_drg, mdc, surgical, weight, gmlos, family, severity, severity_level, splits}: the
     * severity level is the documented severity a member requires (2 MCC, 1 CC, 0 none; null unsplit).
     */
    public List<Object[]> drgRows() {
        List<Object[]> rows = new ArrayList<>();
        tables.forEach((year, table) -> {
            for (MsDrg drg : table) {
                DrgGroup group = groups.get(year).get(drg.code());
                rows.add(new Object[] {year, drg.code(), drg.mdc(), drg.surgical(), drg.weight(), drg.geometricMeanLos(),
                        group.family(), group.severity().label(), level(group.severity()), group.splits()});
            }
        });
        return rows;
    }

    /** {fiscal_year, grouper_version, cc_mcc_list_year, cc_mcc_list}: the tables each discharge year is priced and judged on. */
    public List<Object[]> yearRows() {
        List<Object[]> rows = new ArrayList<>();
        for (int year : tables.keySet()) {
            int listYear = ccMccYearFor(year);
            rows.add(new Object[] {year, grouperVersions.get(year), listYear, ccMccVersion(listYear)});
        }
        return rows;
    }

    /** {list_year, code, severity, mcc_only_if_alive}, codes without their dot. */
    public List<Object[]> ccMccRows() {
        List<Object[]> rows = new ArrayList<>();
        ccMccLists.forEach((year, list) -> list.forEach(r -> rows.add(new Object[] {year, r[0], r[1], r[2]})));
        return rows;
    }

    /** The documented severity a member of a split family stands for: an MCC, a CC, or neither. */
    static Integer level(DrgSeverity severity) {
        return switch (severity) {
            case WITH_MCC -> 2;
            case WITH_CC, WITH_CC_MCC -> 1;
            case WITHOUT_MCC, WITHOUT_CC_MCC -> 0;
            case NOT_SPLIT -> null;
        };
    }
}
