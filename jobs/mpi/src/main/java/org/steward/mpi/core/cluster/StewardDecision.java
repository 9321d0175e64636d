package org.steward.mpi.core.cluster;

/**
 * A steward's ruling on two registrations, found by index: LINK forces them into one enterprise
 * id, SEPARATE keeps them apart whatever the scores say. {@code source} says where the ruling
 * was written (file and line), for error messages.
 */
public record StewardDecision(Kind kind, int left, int right, String source) {

    public enum Kind { LINK, SEPARATE }
}
