package org.steward.sampledata;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of one contract file and which of them a planted violation may target.
 *
 * @param fileName      file name inside the output folder
 * @param header        column names in order
 * @param dateColumns   columns holding YYYY-MM-DD dates
 * @param amountColumns columns holding decimal amounts
 * @param keyColumn     the row's own id column (blanked by missing_key)
 * @param textColumn    a free-text column that can carry a stray Latin-1 byte
 */
record FileContract(String fileName, String[] header, int[] dateColumns, int[] amountColumns,
                    int keyColumn, int textColumn) {

    /** Kinds that make sense for this file (a file without amounts cannot get non_numeric_amount). */
    List<ViolationKind> applicableKinds() {
        List<ViolationKind> kinds = new ArrayList<>();
        for (ViolationKind kind : ViolationKind.values()) {
            if (kind != ViolationKind.NON_NUMERIC_AMOUNT || amountColumns.length > 0) {
                kinds.add(kind);
            }
        }
        return kinds;
    }
}
