package org.steward.mpi.job;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.steward.mpi.core.PatientRecord;
import org.steward.mpi.core.cluster.ReviewItem;

/**
 * The identity figures a governance committee reads, per facility and overall ({@code ALL}). Three figures
 * count duplicates, each differently: compare one with AHIMA's 1% goal only under its own definition.
 * <ul>
 *   <li>duplicate rate (AHIMA's duplicate record error rate, shared/domain.md) = registrations in a
 *       duplicate set (sharing an enterprise id with another registration at the same facility) /
 *       registrations. Every record of the set counts, the first one too: one person with two MRNs among
 *       100 registrations is 2%;</li>
 *   <li>excess-record rate = (registrations - distinct persons, i.e. enterprise ids, at the facility) /
 *       registrations: only the records beyond each person's first, the ones a merge would retire. The same
 *       person is 1%. For {@code ALL} the facilities' excess records are summed (a person registered at two
 *       facilities is an overlap, not an excess record);</li>
 *   <li>duplicate creation rate = duplicates created by this run's new registrations / new registrations:
 *       a new registration is a duplicate created when its person already had a registration at that
 *       facility (or another new one arrived with it: all but one of them count), so it counts only the
 *       new extra records, like the excess-record rate but over the run's new registrations;</li>
 *   <li>overlap rate = registrations whose enterprise id is also registered at another facility / registrations;</li>
 *   <li>possible overlays = registrations edited since the previous run so that the fields no longer
 *       support their own previous version (two people under one MRN; see core.PossibleOverlays);</li>
 *   <li>review backlog = potential-duplicate pairs awaiting a steward's decision that involve the facility.</li>
 * </ul>
 */
record IdentityMetrics(String facilityId, long registrations, long persons, long duplicateRegistrations,
                       long excessRegistrations, long overlappingRegistrations, long newRegistrations,
                       long duplicatesCreated, long possibleOverlays, long reviewBacklog) {

    static final String ALL = "ALL";

    double duplicateRate() {
        return share(duplicateRegistrations, registrations);
    }

    double excessRecordRate() {
        return share(excessRegistrations, registrations);
    }

    double overlapRate() {
        return share(overlappingRegistrations, registrations);
    }

    double duplicateCreationRate() {
        return share(duplicatesCreated, newRegistrations);
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /**
     * @param isNew per registration: first indexed by this run
     * @param overlays registrations suspected of holding two people
     */
    static List<IdentityMetrics> of(List<PatientRecord> records, String[] enterpriseIds, boolean[] isNew,
                                    Set<Integer> overlays, List<ReviewItem> review) {
        // Persons and facilities as numbers, one long per registration (person, facility, new), sorted: each
        // person's registrations are then a run, and within it each facility's, so counting needs no map per person.
        Map<String, Integer> personOf = new HashMap<>();
        List<String> facilities = new ArrayList<>(new TreeSet<>(records.stream().map(PatientRecord::facilityId).toList()));
        Map<String, Integer> facilityOf = new HashMap<>();
        for (int f = 0; f < facilities.size(); f++) {
            facilityOf.put(facilities.get(f), f);
        }
        long[] codes = new long[records.size()];
        Map<String, Long> overlaysAt = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            String facility = records.get(i).facilityId();
            long person = personOf.computeIfAbsent(enterpriseIds[i], e -> personOf.size());
            codes[i] = person << 32 | (long) facilityOf.get(facility) << 1 | (isNew[i] ? 1 : 0);
            if (overlays.contains(i)) {
                overlaysAt.merge(facility, 1L, Long::sum);
            }
        }
        Arrays.sort(codes);
        long[][] perFacility = new long[facilities.size()][7];
        for (int start = 0; start < codes.length; ) {
            long person = codes[start] >>> 32;
            int end = start;
            int places = 0;
            while (end < codes.length && codes[end] >>> 32 == person) {
                if (end == start || facility(codes[end]) != facility(codes[end - 1])) {
                    places++;
                }
                end++;
            }
            for (int k = start; k < end; ) {
                int facility = facility(codes[k]);
                int all = 0;
                int fresh = 0;
                while (k < end && facility(codes[k]) == facility) {
                    all++;
                    fresh += (int) (codes[k] & 1);
                    k++;
                }
                long[] f = perFacility[facility];
                f[0] += all;
                f[1] += all > 1 ? all : 0;
                f[2] += places > 1 ? all : 0;
                f[3] += fresh;
                f[4] += all > fresh ? fresh : Math.max(0, fresh - 1);
                f[5] += all - 1;
                f[6]++;
            }
            start = end;
        }
        Map<String, Long> backlog = new HashMap<>();
        for (ReviewItem item : review) {
            Set<String> pair = new HashSet<>(List.of(records.get(item.left()).facilityId(),
                    records.get(item.right()).facilityId()));
            pair.forEach(f -> backlog.merge(f, 1L, Long::sum));
        }
        List<IdentityMetrics> metrics = new ArrayList<>();
        long[] total = new long[6];
        for (int facility = 0; facility < facilities.size(); facility++) {
            long[] f = perFacility[facility];
            String id = facilities.get(facility);
            metrics.add(new IdentityMetrics(id, f[0], f[6], f[1], f[5], f[2], f[3], f[4],
                    overlaysAt.getOrDefault(id, 0L), backlog.getOrDefault(id, 0L)));
            for (int k = 0; k < total.length; k++) {
                total[k] += f[k];
            }
        }
        metrics.add(new IdentityMetrics(ALL, total[0], personOf.size(), total[1], total[5], total[2], total[3],
                total[4], overlays.size(), review.size()));
        return metrics;
    }

    /** The facility number in a registration's code (see {@link #of}). */
    private static int facility(long code) {
        return (int) (code >>> 1 & 0x7FFFFFFF);
    }
}
