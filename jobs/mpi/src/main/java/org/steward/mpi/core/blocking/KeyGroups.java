package org.steward.mpi.core.blocking;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;
import org.steward.mpi.core.StandardPatient;

/**
 * The records grouped by one blocking rule's key: records with equal keys form one group, each group in
 * record order; a record lacking a part of the key is in none. Groups come in no meaningful order.
 *
 * <p>Grouping sorts one long per record (the key's hash in the high bits, the record's index in the low
 * ones) rather than the records by their key strings: no string or boxed index per record, and a primitive
 * sort. Records whose hashes agree are checked key by key, so two keys that share a hash still make two
 * groups.
 */
final class KeyGroups {

    private final int[] members;
    private final int[] starts;
    private final int[] groupOf;

    private KeyGroups(int[] members, int[] starts, int[] groupOf) {
        this.members = members;
        this.starts = starts;
        this.groupOf = groupOf;
    }

    static KeyGroups of(BlockingRule rule, List<StandardPatient> records) {
        return of(rule, records, rule::hashOf);
    }

    /** @param hash the key's hash (the tests give colliding ones) */
    static KeyGroups of(BlockingRule rule, List<StandardPatient> records, ToLongFunction<StandardPatient> hash) {
        int n = records.size();
        int indexBits = Math.max(1, 64 - Long.numberOfLeadingZeros(n));
        long indexMask = (1L << indexBits) - 1;
        long[] keyed = new long[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            StandardPatient p = records.get(i);
            if (rule.present(p)) {
                keyed[count++] = (hash.applyAsLong(p) & ~indexMask) | i;
            }
        }
        Arrays.sort(keyed, 0, count);
        int[] members = new int[count];
        int[] starts = new int[count + 1];
        int[] groupOf = new int[n];
        Arrays.fill(groupOf, -1);
        int groups = 0;
        int out = 0;
        int start = 0;
        while (start < count) {
            long hashBits = keyed[start] & ~indexMask;
            int end = start + 1;
            while (end < count && (keyed[end] & ~indexMask) == hashBits) {
                end++;
            }
            // A run of one hash is one key but for a rare collision: take a group per key, each in record order
            // (the indexes ascend within the run); a record already in a group has its groupOf set.
            for (int a = start; a < end; a++) {
                int firstRecord = (int) (keyed[a] & indexMask);
                if (groupOf[firstRecord] >= 0) {
                    continue;
                }
                StandardPatient first = records.get(firstRecord);
                starts[groups] = out;
                for (int b = a; b < end; b++) {
                    int record = (int) (keyed[b] & indexMask);
                    if (groupOf[record] < 0 && (b == a || rule.sameKey(first, records.get(record)))) {
                        members[out++] = record;
                        groupOf[record] = groups;
                    }
                }
                groups++;
            }
            start = end;
        }
        starts[groups] = count;
        return new KeyGroups(members, Arrays.copyOf(starts, groups + 1), groupOf);
    }

    int groups() {
        return starts.length - 1;
    }

    /** The record's group, or -1 when it lacks a part of the key. */
    int groupOf(int record) {
        return groupOf[record];
    }

    /** Per record, its group or -1 (the array itself: callers only read it). */
    int[] groupOfEach() {
        return groupOf;
    }

    /** Every grouped record, group after group (the array itself: callers only read it or own it). */
    int[] members() {
        return members;
    }

    /** Where each group starts in {@link #members}, and one past the last group's end. */
    int[] starts() {
        return starts;
    }
}
