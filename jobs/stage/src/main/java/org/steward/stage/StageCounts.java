package org.steward.stage;

import java.util.Arrays;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.steward.platform.output.TableCounts;

/**
 * Keeps each table's counts in the job's execution context, which Spring Batch carries over to a
 * restart, so the publish step's run summary covers tables staged by an earlier, failed execution.
 */
final class StageCounts {

    private StageCounts() {
    }

    static void save(ExecutionContext context, TableCounts counts) {
        String prefix = "stage." + counts.table() + ".";
        context.putString(prefix + "present", Boolean.toString(counts.present()));
        context.putLong(prefix + "read", counts.read());
        context.putLong(prefix + "written", counts.written());
        context.putLong(prefix + "quarantined", counts.quarantined());
        context.putLong(prefix + "out_of_scope", counts.outOfScope());
        context.putLong(prefix + "repeated_keys", counts.repeatedKeys());
        context.putLong(prefix + "carried_over", counts.carriedOver());
        context.putString(prefix + "periods", String.join(",", counts.periods()));
    }

    static TableCounts load(ExecutionContext context, String table) {
        String prefix = "stage." + table + ".";
        if (!context.containsKey(prefix + "present")) {
            return TableCounts.absent(table);
        }
        String periods = context.getString(prefix + "periods");
        List<String> list = periods.isEmpty() ? List.of() : Arrays.asList(periods.split(","));
        return new TableCounts(table, Boolean.parseBoolean(context.getString(prefix + "present")),
                context.getLong(prefix + "read"), context.getLong(prefix + "written"),
                context.getLong(prefix + "quarantined"), context.getLong(prefix + "out_of_scope"),
                // Absent when the table was staged by a version that kept no such count (a restart across an upgrade).
                context.getLong(prefix + "repeated_keys", 0), context.getLong(prefix + "carried_over", 0), list);
    }
}
