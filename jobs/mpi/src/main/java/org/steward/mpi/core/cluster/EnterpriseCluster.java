package org.steward.mpi.core.cluster;

/** The records (indexes) given one enterprise id. */
public record EnterpriseCluster(int[] members) {

    public int size() {
        return members.length;
    }
}
