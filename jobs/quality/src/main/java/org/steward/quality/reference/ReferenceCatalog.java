package org.steward.quality.reference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.steward.platform.reference.ReferenceFiles;
import org.steward.platform.settings.ConfigException;

/**
 * The reference data the checks join, per fiscal year, found by file name under {@code config/reference/}:
 * adding next year is dropping {@code icd10cm_order_fy2027.csv.gz} or {@code ms_drg_weights_fy2027_v44.csv}
 * into that folder, not a code change. Years without a file are "cannot check", never failures.
 * Held as rows so either engine can register them as tables (an engine joins them; no Java runs per row).
 */
public final class ReferenceCatalog {

    /** Where the one list of placeholder SSNs lives (the MPI reads the same file). */
    public static final String PLACEHOLDER_SSNS = "identifiers/placeholder_ssns.csv";

    private static final Pattern ICD10CM = Pattern.compile("icd10cm_order_fy(\\d{4})\\.csv(\\.gz)?");
    private static final Pattern ICD10PCS = Pattern.compile("icd10pcs_order_fy(\\d{4})\\.csv(\\.gz)?");
    private static final Pattern DRG = Pattern.compile("ms_drg_weights_fy(\\d{4})_v\\d+\\.csv(\\.gz)?");

    /** {fiscal_year, code} of billable ICD-10-CM codes. */
    private final List<Object[]> icd10cm = new ArrayList<>();
    /** {fiscal_year, code} of valid ICD-10-PCS codes. */
    private final List<Object[]> icd10pcs = new ArrayList<>();
    /** {fiscal_year, ms_drg, weight, geometric_mean_los} of groupable MS-DRGs (with a weight). */
    private final List<Object[]> msDrg = new ArrayList<>();
    private final Set<Integer> icd10cmYears = new TreeSet<>();
    private final Set<Integer> icd10pcsYears = new TreeSet<>();
    private final Set<Integer> drgYears = new TreeSet<>();
    private final List<String> placeholderSsns = new ArrayList<>();

    private ReferenceCatalog() {
    }

    public static ReferenceCatalog load(Path referenceFolder) {
        ReferenceCatalog catalog = new ReferenceCatalog();
        for (Path file : ReferenceFiles.list(referenceFolder)) {
            String name = file.getFileName().toString();
            Matcher cm = ICD10CM.matcher(name);
            Matcher pcs = ICD10PCS.matcher(name);
            Matcher drg = DRG.matcher(name);
            if (cm.matches()) {
                catalog.icd10cmYears.add(Integer.parseInt(cm.group(1)));
                billableCodes(file, Integer.parseInt(cm.group(1)), catalog.icd10cm);
            } else if (pcs.matches()) {
                catalog.icd10pcsYears.add(Integer.parseInt(pcs.group(1)));
                billableCodes(file, Integer.parseInt(pcs.group(1)), catalog.icd10pcs);
            } else if (drg.matches()) {
                catalog.drgYears.add(Integer.parseInt(drg.group(1)));
                drgTable(file, Integer.parseInt(drg.group(1)), catalog.msDrg);
            }
        }
        if (catalog.icd10cmYears.isEmpty() || catalog.drgYears.isEmpty()) {
            throw new ConfigException(referenceFolder + ": no ICD-10-CM order files or MS-DRG weight tables found");
        }
        Path placeholders = referenceFolder.resolve(PLACEHOLDER_SSNS);
        if (!Files.isRegularFile(placeholders)) {
            throw new ConfigException(placeholders + ": placeholder SSN list not found");
        }
        ReferenceFiles.read(placeholders, row -> catalog.placeholderSsns.add(row.getField("ssn").replaceAll("[^0-9]", "")));
        return catalog;
    }

    public List<Object[]> icd10cm() {
        return icd10cm;
    }

    public List<Object[]> icd10pcs() {
        return icd10pcs;
    }

    public List<Object[]> msDrg() {
        return msDrg;
    }

    public Set<Integer> icd10cmYears() {
        return icd10cmYears;
    }

    public Set<Integer> icd10pcsYears() {
        return icd10pcsYears;
    }

    public Set<Integer> drgYears() {
        return drgYears;
    }

    /** Nine-digit SSNs that identify nobody. */
    public List<String> placeholderSsns() {
        return placeholderSsns;
    }

    private static void billableCodes(Path file, int year, List<Object[]> rows) {
        ReferenceFiles.read(file, row -> {
            if ("1".equals(row.getField("billable"))) {
                rows.add(new Object[] {year, row.getField("code")});
            }
        });
    }

    /**
     * A weight table's groupable DRGs. 998 and 999 (principal diagnosis invalid, ungroupable) are listed
     * with blank weights: they are not valid codes to bill, so they are left out.
     */
    private static void drgTable(Path file, int year, List<Object[]> rows) {
        ReferenceFiles.read(file, row -> {
            String weight = row.getField("weight");
            String los = row.getField("geometric_mean_los");
            if (!weight.isBlank()) {
                rows.add(new Object[] {year, row.getField("ms_drg"), Double.valueOf(weight),
                        los.isBlank() ? null : Double.valueOf(los)});
            }
        });
    }
}
