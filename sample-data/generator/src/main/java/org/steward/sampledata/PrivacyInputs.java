package org.steward.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The privacy audits' inputs (issue 13): workforce.csv, access_log.csv, roi_requests.csv, authorizations.csv and
 * their truth, made after the other files from the registrations and encounters written, with random streams of
 * their own (SeedStreams.Concern.PRIVACY) so every other file stays byte-identical.
 */
final class PrivacyInputs {

    private PrivacyInputs() {
    }

    /** Writes the files; returns rows per file (paths relative to {@code outDir}). */
    static Map<String, Long> write(GeneratorSettings settings, NameLists names, Path outDir) throws IOException {
        long seed = settings.seed();
        RecordsOnFile records = RecordsOnFile.read(outDir, settings.facilities());
        List<RecordsOnFile.Registration[]> families = familyPairs(records, twins(outDir));
        List<RecordsOnFile.Registration> familyFirst = families.stream().map(p -> p[0]).toList();
        WorkforceRoster roster = new WorkforceRoster(settings, records, familyFirst, names,
                SeedStreams.of(seed, SeedStreams.Concern.PRIVACY, 1));
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("workforce.csv", roster.write(outDir.resolve("workforce.csv")));
        AccessLogWriter access = new AccessLogWriter(settings, records, roster, SeedStreams.of(seed, SeedStreams.Concern.PRIVACY, 2));
        rows.put("access_log.csv", access.write(outDir.resolve("access_log.csv"), families));
        rows.put("truth/privacy_access_findings.csv", access.writeTruth(outDir.resolve("truth/privacy_access_findings.csv")));
        RoiRequestWriter roi = new RoiRequestWriter(settings, records, SeedStreams.of(seed, SeedStreams.Concern.PRIVACY, 3));
        rows.put("roi_requests.csv", roi.writeRequests(outDir.resolve("roi_requests.csv")));
        rows.put("authorizations.csv", roi.writeAuthorizations(outDir.resolve("authorizations.csv")));
        rows.put("truth/privacy_roi_findings.csv", roi.writeTruth(outDir.resolve("truth/privacy_roi_findings.csv"),
                outDir.resolve("truth/privacy_accounting.csv")));
        rows.put("truth/privacy_accounting.csv", roi.accountingRows());
        return rows;
    }

    /**
     * Pairs of registrations at one facility with the same surname and address as written (letters and digits),
     * of two people who are not twins (whom the MPI might take for one): a household, for family access.
     */
    private static List<RecordsOnFile.Registration[]> familyPairs(RecordsOnFile records, Set<String> twins) {
        List<RecordsOnFile.Registration[]> pairs = new ArrayList<>();
        for (String facility : records.facilities) {
            Map<String, RecordsOnFile.Registration> seen = new HashMap<>();
            for (RecordsOnFile.Registration r : records.registrations(facility)) {
                if (!r.clean() || r.surnameKey().isEmpty() || r.addressKey().isEmpty()) {
                    continue;
                }
                String key = r.surnameKey() + "|" + r.addressKey();
                RecordsOnFile.Registration earlier = seen.putIfAbsent(key, r);
                if (earlier != null && earlier.personId() != r.personId()
                        && !twins.contains(Math.min(earlier.personId(), r.personId()) + "|" + Math.max(earlier.personId(), r.personId()))) {
                    pairs.add(new RecordsOnFile.Registration[] {earlier, r});
                    seen.remove(key);
                }
            }
        }
        return pairs;
    }

    private static Set<String> twins(Path outDir) throws IOException {
        Set<String> twins = new HashSet<>();
        WrittenCsvFile.read(outDir.resolve("truth/twins.csv"), r -> {
            long a = Long.parseLong(r.get("person_id_a"));
            long b = Long.parseLong(r.get("person_id_b"));
            twins.add(Math.min(a, b) + "|" + Math.max(a, b));
        });
        return twins;
    }
}
