package org.steward.mpi.core.golden;

import java.util.Locale;

/** A registration that supplies a field group, with the group's values from it. */
record Candidate(GoldenMember member, Object[] values) {

    /**
     * The values as compared for frequency: trimmed and upper-cased, so "Smith " and "SMITH" are
     * one vote. Parts of a group are joined with a separator no field holds.
     */
    String votingKey() {
        StringBuilder key = new StringBuilder();
        for (Object v : values) {
            key.append(v == null ? "" : v.toString().trim().toUpperCase(Locale.ROOT)).append('\u001f');
        }
        return key.toString();
    }

    String facilityId() {
        return member.record().facilityId();
    }
}
