package org.steward.mpi.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.steward.mpi.core.StandardPatient;
import org.steward.mpi.core.blocking.BlockingRule;
import org.steward.mpi.core.blocking.RuleBlocks;

/**
 * What blocking needs of a registration, as a Spark row: its index, the name an oversized block's
 * window sorts by, and each blocking rule's key ({@code k0}, {@code k1}, ... in rule order).
 */
final class PatientRows {

    private PatientRows() {
    }

    static StructType schema(int rules) {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("idx", DataTypes.IntegerType, false));
        fields.add(DataTypes.createStructField("name_key", DataTypes.StringType, false));
        for (int r = 0; r < rules; r++) {
            fields.add(DataTypes.createStructField("k" + r, DataTypes.StringType, true));
        }
        return DataTypes.createStructType(fields);
    }

    static Row toRow(StandardPatient p, List<BlockingRule> rules) {
        Object[] values = new Object[2 + rules.size()];
        values[0] = p.index();
        values[1] = RuleBlocks.windowSortKey(p);
        for (int r = 0; r < rules.size(); r++) {
            values[2 + r] = rules.get(r).keyOf(p);
        }
        return RowFactory.create(values);
    }
}
