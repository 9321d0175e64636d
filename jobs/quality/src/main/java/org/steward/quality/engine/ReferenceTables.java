package org.steward.quality.engine;

import java.util.List;
import org.steward.platform.engine.SqlColumn;
import org.steward.platform.engine.SqlEngine;
import org.steward.platform.engine.SqlType;
import org.steward.quality.reference.ReferenceCatalog;

/** Registers the reference data as tables the checks join: code sets and DRG tables by fiscal year. */
final class ReferenceTables {

    static final String ICD10CM = "ref_icd10cm_billable";
    static final String ICD10PCS = "ref_icd10pcs_valid";
    static final String MS_DRG = "ref_ms_drg";

    private static final SqlColumn FISCAL_YEAR = new SqlColumn("fiscal_year", SqlType.INTEGER);
    private static final SqlColumn CODE = new SqlColumn("code", SqlType.STRING);

    private ReferenceTables() {
    }

    static void register(SqlEngine engine, ReferenceCatalog catalog) {
        engine.registerRows(ICD10CM, List.of(FISCAL_YEAR, CODE), catalog.icd10cm());
        engine.registerRows(ICD10PCS, List.of(FISCAL_YEAR, CODE), catalog.icd10pcs());
        engine.registerRows(MS_DRG, List.of(FISCAL_YEAR, CODE, new SqlColumn("weight", SqlType.DOUBLE),
                new SqlColumn("gmlos", SqlType.DOUBLE)), catalog.msDrg());
    }
}
