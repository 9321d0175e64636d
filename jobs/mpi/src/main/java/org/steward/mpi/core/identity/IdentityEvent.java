package org.steward.mpi.core.identity;

/**
 * One change to the index since the previous run.
 * <ul>
 *   <li>CREATED: a new enterprise id for a person the index did not know ({@code registrations} of them).</li>
 *   <li>LINKED: a new registration joined an enterprise id that already existed.</li>
 *   <li>MERGED: two enterprise ids turned out to be one person; the older id survives
 *       ({@code enterpriseId}), the other ({@code otherEnterpriseId}) is retired.</li>
 *   <li>SPLIT: registrations of one enterprise id ({@code otherEnterpriseId}) turned out to be
 *       another person, who gets a new id ({@code enterpriseId}).</li>
 *   <li>MOVED: an indexed registration now belongs to {@code enterpriseId} instead of
 *       {@code otherEnterpriseId} (the registration-level side of a merge or split, so systems
 *       holding the old id can follow).</li>
 *   <li>POSSIBLE_OVERLAY: a registration was edited so that it no longer matches its own previous
 *       version: two people may now share one MRN.</li>
 *   <li>RETIRED: the source retired (voided) a registration (input registration_changes, {@code retire}): it
 *       leaves matching and the rates; the event carries the reason and the id it last had.</li>
 *   <li>MERGED_BY_SOURCE: the source merged a registration into another MRN at the same facility (HL7 ADT A40,
 *       {@code merge}): it leaves matching and the rates, and the surviving MRN keeps (or, when new, takes) the
 *       person's enterprise id ({@code enterpriseId}; {@code otherEnterpriseId}: the one it had).</li>
 * </ul>
 *
 * @param registration index of the registration concerned, or -1 for an event about an id
 */
public record IdentityEvent(Type type, String enterpriseId, String otherEnterpriseId, int registration,
                            int registrations) {

    public enum Type { CREATED, LINKED, MERGED, SPLIT, MOVED, POSSIBLE_OVERLAY, RETIRED, MERGED_BY_SOURCE }
}
