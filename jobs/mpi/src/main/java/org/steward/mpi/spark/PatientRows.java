package org.steward.mpi.spark;

import java.util.ArrayList;
import java.util.Arrays;
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
 * Standardised registrations as Spark rows: the record's fields, each blocking rule's key
 * ({@code k0}, {@code k1}, ... in rule order) and the name the oversized-block window sorts by.
 */
final class PatientRows {

    private static final List<String> TEXT = List.of("facility_id", "mrn", "first_name", "first_metaphone",
            "middle_name", "last_name", "last_metaphone", "suffix", "sex", "birth_digits", "ssn", "address", "city",
            "state", "zip", "phone", "email");

    private PatientRows() {
    }

    /** The record struct: idx, the text fields, first_names. */
    static StructType recordSchema() {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("idx", DataTypes.IntegerType, false));
        for (String t : TEXT) {
            fields.add(DataTypes.createStructField(t, DataTypes.StringType, true));
        }
        fields.add(DataTypes.createStructField("first_names", DataTypes.createArrayType(DataTypes.StringType), true));
        return DataTypes.createStructType(fields);
    }

    /** A row per registration: idx, record (struct), name_key, then one key column per rule. */
    static StructType schema(int rules) {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("idx", DataTypes.IntegerType, false));
        fields.add(DataTypes.createStructField("record", recordSchema(), false));
        fields.add(DataTypes.createStructField("name_key", DataTypes.StringType, false));
        for (int r = 0; r < rules; r++) {
            fields.add(DataTypes.createStructField("k" + r, DataTypes.StringType, true));
        }
        return DataTypes.createStructType(fields);
    }

    static Row toRow(StandardPatient p, List<BlockingRule> rules) {
        Object[] values = new Object[3 + rules.size()];
        values[0] = p.index();
        values[1] = RowFactory.create(p.index(), p.facilityId(), p.mrn(), p.firstName(), p.firstMetaphone(),
                p.middleName(), p.lastName(), p.lastMetaphone(), p.suffix(), p.sex(), p.birthDigits(), p.ssn(),
                p.address(), p.city(), p.state(), p.zip(), p.phone(), p.email(),
                p.firstNames() == null ? null : p.firstNames().toArray(String[]::new));
        values[2] = RuleBlocks.windowSortKey(p);
        for (int r = 0; r < rules.size(); r++) {
            values[3 + r] = rules.get(r).keyOf(p);
        }
        return RowFactory.create(values);
    }

    static StandardPatient fromRecord(Row r) {
        List<String> names = r.isNullAt(18) ? List.of() : r.getList(18);
        return new StandardPatient(r.getInt(0), r.getString(1), r.getString(2), r.getString(3), List.copyOf(names),
                r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9),
                r.getString(10), r.getString(11), r.getString(12), r.getString(13), r.getString(14), r.getString(15),
                r.getString(16), r.getString(17));
    }

    static List<String> keyColumns(int rules) {
        String[] keys = new String[rules];
        Arrays.setAll(keys, r -> "k" + r);
        return List.of(keys);
    }
}
