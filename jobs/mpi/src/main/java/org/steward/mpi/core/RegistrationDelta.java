package org.steward.mpi.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        Map<String, PatientRecord> merged = new HashMap<>(previous.size() + extract.size());
        Map<String, Integer> previousIndexOf = new HashMap<>(previous.size());
        for (int i = 0; i < previous.size(); i++) {
            merged.put(previous.get(i).key(), previous.get(i));
            previousIndexOf.put(previous.get(i).key(), i);
        }
        java.util.Set<String> seen = new java.util.HashSet<>(extract.size() * 2);
        for (PatientRecord r : extract) {
            merged.put(r.key(), r);
            if (!seen.add(r.key())) {
                throw new IllegalArgumentException("the extract holds one registration twice (facility "
                        + r.facilityId() + "); stage rejects duplicate keys, so the staged table was changed by hand");
            }
        }
        List<PatientRecord> registrations = new ArrayList<>(merged.values());
        registrations.sort(PatientRecord.ORDER);
        int[] previousIndex = new int[registrations.size()];
        boolean[] changed = new boolean[registrations.size()];
        for (int i = 0; i < registrations.size(); i++) {
            PatientRecord r = registrations.get(i);
            Integer p = previousIndexOf.get(r.key());
            previousIndex[i] = p == null ? -1 : p;
            changed[i] = p == null || !previous.get(p).equals(r);
        }
        return new RegistrationDelta(registrations, previousIndex, changed);
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
