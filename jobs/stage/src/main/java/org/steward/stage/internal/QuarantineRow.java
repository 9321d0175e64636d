package org.steward.stage.internal;

import java.util.List;
import org.steward.core.contract.StagedColumn;
import org.steward.core.contract.StagedColumn.StoredType;

/**
 * A row that broke the contract, as written to {@code quarantine/<table>/}: where it was, which field,
 * why, and the record itself so a steward can fix it at the source.
 */
final class QuarantineRow {

    static final List<StagedColumn> COLUMNS = List.of(
            new StagedColumn("table_name", StoredType.STRING),
            new StagedColumn("file", StoredType.STRING),
            new StagedColumn("line", StoredType.LONG),
            new StagedColumn("field", StoredType.STRING),
            new StagedColumn("reason", StoredType.STRING),
            new StagedColumn("raw_record", StoredType.STRING));

    private QuarantineRow() {
    }

    static Object[] of(String table, String file, long line, String field, String reason, List<String> fields) {
        return new Object[] {table, file, line, field.isEmpty() ? null : field, reason, recordText(fields)};
    }

    /** The record re-joined as CSV (quoted where needed), close to the line as it stood in the file. */
    private static String recordText(List<String> fields) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            String field = fields.get(i);
            if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                    || field.indexOf('\r') >= 0) {
                text.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                text.append(field);
            }
        }
        return text.toString();
    }
}
