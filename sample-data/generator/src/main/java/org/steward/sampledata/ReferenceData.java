package org.steward.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Everything read from {@code config/reference}, loaded once per run. */
final class ReferenceData {

    private static final Pattern WEIGHT_FILE = Pattern.compile("ms_drg_weights_fy(\\d{4})_v(\\d+)\\.csv");

    final IcdCodeSets icd;
    final List<DrgWeightTable> drgTables;
    final int[] drgYears;
    final SeverityList severity;
    final DrgCandidates candidates;
    final RemittanceCodes remittance;
    final ZipDirectory zips;

    private ReferenceData(IcdCodeSets icd, List<DrgWeightTable> drgTables, SeverityList severity,
                          DrgCandidates candidates, RemittanceCodes remittance, ZipDirectory zips) {
        this.icd = icd;
        this.drgTables = drgTables;
        this.drgYears = drgTables.stream().mapToInt(t -> t.fiscalYear).toArray();
        this.severity = severity;
        this.candidates = candidates;
        this.remittance = remittance;
        this.zips = zips;
    }

    static ReferenceData load(Path referenceDir) throws IOException {
        Path drgDir = referenceDir.resolve("ms-drg");
        List<DrgWeightTable> tables = new ArrayList<>();
        for (Path file : CsvLine.sortedMatches(drgDir, WEIGHT_FILE.pattern())) {
            Matcher m = WEIGHT_FILE.matcher(file.getFileName().toString());
            m.matches();
            tables.add(DrgWeightTable.load(file, Integer.parseInt(m.group(1))));
        }
        if (tables.isEmpty()) {
            throw new IOException("no MS-DRG weight tables in " + drgDir);
        }
        return new ReferenceData(
                IcdCodeSets.load(referenceDir.resolve("icd10")),
                tables,
                SeverityList.load(drgDir.resolve("msdrg_cc_mcc_v40_fy2023.csv.gz")),
                DrgCandidates.load(referenceDir.resolve("synthea-maps/synthea_icd10cm_to_msdrg_candidates.csv")),
                RemittanceCodes.load(referenceDir.resolve("remittance")),
                ZipDirectory.load(referenceDir.resolve("geography/us_zip_to_state.csv")));
    }

    /** The weight table for a discharge date; years outside the reference range use the nearest table. */
    DrgWeightTable drgTableFor(int dischargeDay) {
        return drgTables.get(FiscalYear.index(FiscalYear.of(dischargeDay), drgYears));
    }

    /** True when a DRG code is in every loaded weight table, so it is valid whichever year a reader picks. */
    boolean drgInAllTables(String code) {
        for (DrgWeightTable t : drgTables) {
            if (!t.contains(code)) {
                return false;
            }
        }
        return true;
    }
}
