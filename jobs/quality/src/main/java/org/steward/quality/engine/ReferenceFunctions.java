package org.steward.quality.engine;

import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.steward.quality.identifiers.NpiCheckDigit;
import org.steward.quality.identifiers.SsnStructure;
import org.steward.quality.reference.ReferenceCatalog;

/** Registers the plain-Java reference lookups and identifier rules as Spark SQL functions. */
final class ReferenceFunctions {

    private ReferenceFunctions() {
    }

    static void register(SparkSession spark, ReferenceCatalog catalog) {
        SsnStructure ssn = new SsnStructure(Set.of());
        spark.udf().register("steward_icd10cm_year", (UDF1<Integer, Boolean>) fy -> fy != null && catalog.hasIcd10cm(fy),
                DataTypes.BooleanType);
        spark.udf().register("steward_icd10cm_billable",
                (UDF2<Integer, String, Boolean>) (fy, code) -> code == null || catalog.icd10cmBillable(fy, code),
                DataTypes.BooleanType);
        spark.udf().register("steward_icd10pcs_year", (UDF1<Integer, Boolean>) fy -> fy != null && catalog.hasIcd10pcs(fy),
                DataTypes.BooleanType);
        spark.udf().register("steward_icd10pcs_valid",
                (UDF2<Integer, String, Boolean>) (fy, code) -> code == null || catalog.icd10pcsValid(fy, code),
                DataTypes.BooleanType);
        spark.udf().register("steward_drg_year", (UDF1<Integer, Boolean>) fy -> fy != null && catalog.hasDrgTable(fy),
                DataTypes.BooleanType);
        spark.udf().register("steward_drg_valid",
                (UDF2<Integer, String, Boolean>) (fy, drg) -> drg == null || catalog.drgValid(fy, drg),
                DataTypes.BooleanType);
        spark.udf().register("steward_drg_gmlos",
                (UDF2<Integer, String, Double>) (fy, drg) -> fy == null || drg == null ? null : catalog.geometricMeanLos(fy, drg),
                DataTypes.DoubleType);
        spark.udf().register("steward_npi_valid", (UDF1<String, Boolean>) NpiCheckDigit::valid, DataTypes.BooleanType);
        spark.udf().register("steward_ssn_structure", (UDF1<String, Boolean>) ssn::valid, DataTypes.BooleanType);
    }
}
