package org.steward.mpi.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.steward.mpi.core.PatientRecord;
import org.steward.mpi.core.cluster.ReviewItem;

/**
 * The identity figures a governance committee reads, per facility and overall ({@code ALL}), following
 * AHIMA's definitions (shared/domain.md):
 * <ul>
 *   <li>duplicate rate = registrations that share an enterprise id with another registration at the same
 *       facility / registrations (AHIMA's goal: at most 1%);</li>
 *   <li>overlap rate = registrations whose enterprise id is also registered at another facility / registrations;</li>
 *   <li>review backlog = potential-duplicate pairs awaiting a steward's decision that involve the facility.</li>
 * </ul>
 */
record IdentityMetrics(String facilityId, long registrations, long persons, long duplicateRegistrations,
                       long overlappingRegistrations, long reviewBacklog) {

    static final String ALL = "ALL";

    double duplicateRate() {
        return registrations == 0 ? 0 : (double) duplicateRegistrations / registrations;
    }

    double overlapRate() {
        return registrations == 0 ? 0 : (double) overlappingRegistrations / registrations;
    }

    static List<IdentityMetrics> of(List<PatientRecord> records, String[] enterpriseIds, List<ReviewItem> review) {
        Map<String, Map<String, Integer>> perFacility = new HashMap<>();
        Map<String, Set<String>> facilitiesOf = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            String facility = records.get(i).facilityId();
            perFacility.computeIfAbsent(facility, f -> new HashMap<>()).merge(enterpriseIds[i], 1, Integer::sum);
            facilitiesOf.computeIfAbsent(enterpriseIds[i], e -> new HashSet<>()).add(facility);
        }
        Map<String, Long> backlog = new HashMap<>();
        for (ReviewItem item : review) {
            Set<String> facilities = new HashSet<>(List.of(records.get(item.left()).facilityId(),
                    records.get(item.right()).facilityId()));
            facilities.forEach(f -> backlog.merge(f, 1L, Long::sum));
        }
        List<IdentityMetrics> metrics = new ArrayList<>();
        long[] total = new long[4];
        for (Map.Entry<String, Map<String, Integer>> facility : new TreeMap<>(perFacility).entrySet()) {
            long registrations = 0;
            long duplicates = 0;
            long overlapping = 0;
            for (Map.Entry<String, Integer> person : facility.getValue().entrySet()) {
                registrations += person.getValue();
                if (person.getValue() > 1) {
                    duplicates += person.getValue();
                }
                if (facilitiesOf.get(person.getKey()).size() > 1) {
                    overlapping += person.getValue();
                }
            }
            metrics.add(new IdentityMetrics(facility.getKey(), registrations, facility.getValue().size(), duplicates,
                    overlapping, backlog.getOrDefault(facility.getKey(), 0L)));
            total[0] += registrations;
            total[1] += duplicates;
            total[2] += overlapping;
        }
        metrics.add(new IdentityMetrics(ALL, total[0], facilitiesOf.size(), total[1], total[2], review.size()));
        return metrics;
    }
}
