package org.steward.mpi.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The index's registrations brought up to date with a new extract. The extract may be everything
 * (a nightly full feed) or only new and changed registrations (a delta): either way a registration
 * in it replaces the indexed one with the same facility and MRN, and registrations it does not
 * mention stay as they were. A registration is changed when any field differs.
 *
 * @param registrations the merged registrations, in {@link PatientRecord#ORDER}
 * @param previousIndex per registration, its index in the previous registrations, or -1 when new
 * @param changed per registration: new, or different from its indexed version
 */
public record RegistrationDelta(List<PatientRecord> registrations, int[] previousIndex, boolean[] changed) {

    public static RegistrationDelta of(List<PatientRecord> previous, List<PatientRecord> extract) {
        // Both in ORDER, then merged like two sorted runs: no map of a million keys. Both lists usually come sorted
        // (the index is kept in ORDER, the extract is read sorted), and then putting them in order costs nothing.
        int[] before = inOrder(previous);
        int[] staged = inOrder(extract);
        for (int k = 1; k < staged.length; k++) {
            if (sameKey(extract.get(staged[k - 1]), extract.get(staged[k]))) {
                throw new IllegalArgumentException("the extract holds one registration twice (facility "
                        + extract.get(staged[k]).facilityId()
                        + "); stage rejects duplicate keys, so the staged table was changed by hand");
            }
        }
        List<PatientRecord> registrations = new ArrayList<>(previous.size() + extract.size());
        int[] previousIndex = new int[previous.size() + extract.size()];
        boolean[] changed = new boolean[previousIndex.length];
        int i = 0;
        int j = 0;
        while (i < before.length || j < staged.length) {
            int p = i < before.length ? before[i] : -1;
            // Of indexed registrations sharing a key, the last counts.
            while (p >= 0 && i + 1 < before.length && sameKey(previous.get(p), previous.get(before[i + 1]))) {
                p = before[++i];
            }
            int order = p < 0 ? 1 : j >= staged.length ? -1
                    : PatientRecord.ORDER.compare(previous.get(p), extract.get(staged[j]));
            int at = registrations.size();
            if (order < 0) {
                registrations.add(previous.get(p));
                previousIndex[at] = p;
                i++;
            } else {
                PatientRecord r = extract.get(staged[j++]);
                registrations.add(r);
                previousIndex[at] = order == 0 ? p : -1;
                changed[at] = order != 0 || !previous.get(p).equals(r);
                if (order == 0) {
                    i++;
                }
            }
        }
        int n = registrations.size();
        return new RegistrationDelta(registrations, Arrays.copyOf(previousIndex, n), Arrays.copyOf(changed, n));
    }

    /** The list's indexes in {@link PatientRecord#ORDER} (stable). */
    private static int[] inOrder(List<PatientRecord> records) {
        int[] order = new int[records.size()];
        boolean sorted = true;
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
            sorted &= k == 0 || PatientRecord.ORDER.compare(records.get(k - 1), records.get(k)) <= 0;
        }
        if (!sorted) {
            order = java.util.stream.IntStream.range(0, records.size()).boxed()
                    .sorted((x, y) -> PatientRecord.ORDER.compare(records.get(x), records.get(y)))
                    .mapToInt(Integer::intValue).toArray();
        }
        return order;
    }

    private static boolean sameKey(PatientRecord a, PatientRecord b) {
        return PatientRecord.ORDER.compare(a, b) == 0;
    }

    public int changedCount() {
        int n = 0;
        for (boolean c : changed) {
            if (c) {
                n++;
            }
        }
        return n;
    }

    /** True when an indexed registration changed (not only new ones arrived). */
    public boolean edits() {
        for (int i = 0; i < changed.length; i++) {
            if (changed[i] && previousIndex[i] >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Indexes of the new and changed registrations. */
    public int[] changedIndexes() {
        int[] out = new int[changedCount()];
        int k = 0;
        for (int i = 0; i < changed.length; i++) {
            if (changed[i]) {
                out[k++] = i;
            }
        }
        return out;
    }
}
