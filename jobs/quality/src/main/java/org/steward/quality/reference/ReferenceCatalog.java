package org.steward.quality.reference;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.steward.platform.settings.ConfigException;

/**
 * The code sets and DRG tables the checks need, per fiscal year, found by file name under
 * {@code config/reference/}: adding next year is dropping {@code icd10cm_order_fy2027.csv.gz} or
 * {@code ms_drg_weights_fy2027_v44.csv} into that folder, not a code change. Years without a file
 * are "cannot check", never failures.
 */
public final class ReferenceCatalog implements Serializable {

    private static final Pattern ICD10CM = Pattern.compile("icd10cm_order_fy(\\d{4})\\.csv(\\.gz)?");
    private static final Pattern ICD10PCS = Pattern.compile("icd10pcs_order_fy(\\d{4})\\.csv(\\.gz)?");
    private static final Pattern DRG = Pattern.compile("ms_drg_weights_fy(\\d{4})_v\\d+\\.csv(\\.gz)?");

    private final Map<Integer, Set<String>> icd10cmBillable = new HashMap<>();
    private final Map<Integer, Set<String>> icd10pcsValid = new HashMap<>();
    private final Map<Integer, Map<String, Double>> drgGeometricMeanLos = new HashMap<>();

    private ReferenceCatalog() {
    }

    public static ReferenceCatalog load(Path referenceFolder) {
        ReferenceCatalog catalog = new ReferenceCatalog();
        for (Path file : files(referenceFolder)) {
            String name = file.getFileName().toString();
            Matcher cm = ICD10CM.matcher(name);
            Matcher pcs = ICD10PCS.matcher(name);
            Matcher drg = DRG.matcher(name);
            if (cm.matches()) {
                catalog.icd10cmBillable.put(Integer.parseInt(cm.group(1)), billableCodes(file));
            } else if (pcs.matches()) {
                catalog.icd10pcsValid.put(Integer.parseInt(pcs.group(1)), billableCodes(file));
            } else if (drg.matches()) {
                catalog.drgGeometricMeanLos.put(Integer.parseInt(drg.group(1)), drgTable(file));
            }
        }
        if (catalog.icd10cmBillable.isEmpty() || catalog.drgGeometricMeanLos.isEmpty()) {
            throw new ConfigException(referenceFolder + ": no ICD-10-CM order files or MS-DRG weight tables found");
        }
        return catalog;
    }

    public boolean hasIcd10cm(int fiscalYear) {
        return icd10cmBillable.containsKey(fiscalYear);
    }

    public boolean icd10cmBillable(int fiscalYear, String code) {
        Set<String> codes = icd10cmBillable.get(fiscalYear);
        return codes != null && codes.contains(code);
    }

    public boolean hasIcd10pcs(int fiscalYear) {
        return icd10pcsValid.containsKey(fiscalYear);
    }

    public boolean icd10pcsValid(int fiscalYear, String code) {
        Set<String> codes = icd10pcsValid.get(fiscalYear);
        return codes != null && codes.contains(code);
    }

    public boolean hasDrgTable(int fiscalYear) {
        return drgGeometricMeanLos.containsKey(fiscalYear);
    }

    public boolean drgValid(int fiscalYear, String drg) {
        Map<String, Double> table = drgGeometricMeanLos.get(fiscalYear);
        return table != null && table.containsKey(drg);
    }

    /** The DRG's geometric mean length of stay in that year's table, or null when unknown. */
    public Double geometricMeanLos(int fiscalYear, String drg) {
        Map<String, Double> table = drgGeometricMeanLos.get(fiscalYear);
        return table == null ? null : table.get(drg);
    }

    public Set<Integer> icd10cmYears() {
        return new TreeSet<>(icd10cmBillable.keySet());
    }

    public Set<Integer> drgYears() {
        return new TreeSet<>(drgGeometricMeanLos.keySet());
    }

    private static java.util.List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ConfigException(folder + ": reference data folder not found");
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new ConfigException(folder + ": cannot be listed (" + e.getMessage() + ")");
        }
    }

    private static Set<String> billableCodes(Path file) {
        Set<String> codes = new HashSet<>();
        read(file, row -> {
            if ("1".equals(row.getField("billable"))) {
                codes.add(row.getField("code"));
            }
        });
        return codes;
    }

    private static Map<String, Double> drgTable(Path file) {
        Map<String, Double> table = new HashMap<>();
        read(file, row -> {
            String los = row.getField("geometric_mean_los");
            table.put(row.getField("ms_drg"), los.isBlank() ? null : Double.valueOf(los));
        });
        return table;
    }

    private static void read(Path file, java.util.function.Consumer<NamedCsvRecord> rows) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
            csv.forEach(rows);
        } catch (IOException | RuntimeException e) {
            throw new ConfigException(file + ": cannot be read as reference data (" + e.getMessage() + ")");
        }
    }
}
