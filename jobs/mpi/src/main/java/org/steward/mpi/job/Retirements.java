package org.steward.mpi.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.mpi.core.PatientRecord;
import org.steward.mpi.job.RegistrationChanges.Change;
import org.steward.mpi.job.RegistrationChanges.Retired;

/**
 * Takes the registrations the source retired or merged away out of one run's matching, and settles what each
 * of them last was.
 * <ul>
 *   <li>{@link #apply}: drops them from the staged extract and from the previous index. Dropping indexed
 *       registrations makes the run a full rebuild (the stored pairs are by position), like other model changes;
 *       the enterprise ids still carry over.</li>
 *   <li>{@link #offerIds}: a merge's surviving registration that is new takes the merged-away MRN's enterprise
 *       id (the source says they are one person); a registration retired before and no longer retired comes
 *       back with its old id and first-seen date.</li>
 *   <li>{@link #settle}: every retired registration with its last enterprise id (a merged one follows its
 *       survivor's), kept across runs in {@code mpi/index/retired.parquet}.</li>
 * </ul>
 */
final class Retirements {

    private static final Logger log = LoggerFactory.getLogger(Retirements.class);

    private final Map<String, Change> changes;
    private final Map<String, Retired> before;
    private final Map<String, String> indexedId;
    private final Map<String, LocalDate> indexedFirstSeen;
    private final Optional<MpiIndex.Stored> previous;
    private final List<PatientRecord> extract;
    private final LocalDate asOf;

    private Retirements(Map<String, Change> changes, Map<String, Retired> before, Map<String, String> indexedId,
                        Map<String, LocalDate> indexedFirstSeen, Optional<MpiIndex.Stored> previous,
                        List<PatientRecord> extract, LocalDate asOf) {
        this.changes = changes;
        this.before = before;
        this.indexedId = indexedId;
        this.indexedFirstSeen = indexedFirstSeen;
        this.previous = previous;
        this.extract = extract;
        this.asOf = asOf;
    }

    /**
     * @param changes  the staged registration changes by key (empty when the input has none)
     * @param before   the registrations the previous run had retired, by key
     */
    static Retirements apply(Map<String, Change> changes, Map<String, Retired> before,
                             Optional<MpiIndex.Stored> previous, List<PatientRecord> extract, LocalDate asOf) {
        Map<String, String> indexedId = new HashMap<>();
        Map<String, LocalDate> indexedFirstSeen = new HashMap<>();
        if (changes.isEmpty()) {
            return new Retirements(changes, before, indexedId, indexedFirstSeen, previous, extract, asOf);
        }
        List<PatientRecord> kept = extract.stream().filter(r -> !changes.containsKey(r.key())).toList();
        Optional<MpiIndex.Stored> remaining = previous;
        if (previous.isPresent()) {
            MpiIndex.Stored p = previous.get();
            List<PatientRecord> registrations = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            List<LocalDate> firstSeen = new ArrayList<>();
            for (int i = 0; i < p.registrations().size(); i++) {
                String key = p.registrations().get(i).key();
                if (changes.containsKey(key)) {
                    indexedId.put(key, p.enterpriseIds()[i]);
                    indexedFirstSeen.put(key, p.firstSeen()[i]);
                } else {
                    registrations.add(p.registrations().get(i));
                    ids.add(p.enterpriseIds()[i]);
                    firstSeen.add(p.firstSeen()[i]);
                }
            }
            if (!indexedId.isEmpty()) {
                remaining = Optional.of(new MpiIndex.Stored(registrations, ids.toArray(String[]::new),
                        firstSeen.toArray(LocalDate[]::new), new long[0], null, indexedId.size()
                        + " indexed registrations retired or merged away by the source", p.nextSerial(), p.asOf()));
            }
        }
        log.info("mpi as of {}: {} registrations retired or merged away by the source ({} of them indexed until now, "
                + "{} in this extract)", asOf, changes.size(), indexedId.size(), extract.size() - kept.size());
        return new Retirements(changes, before, indexedId, indexedFirstSeen, remaining, kept, asOf);
    }

    /** The previous index without the retired registrations (a full rebuild when it lost any). */
    Optional<MpiIndex.Stored> previous() {
        return previous;
    }

    /** The staged registrations without the retired ones. */
    List<PatientRecord> extract() {
        return extract;
    }

    /**
     * Gives new registrations the ids they inherit: a merge's survivor takes the merged-away MRN's enterprise id,
     * a registration no longer retired gets its old one back.
     */
    void offerIds(List<PatientRecord> registrations, String[] previousIds, LocalDate[] firstSeen) {
        if (before.isEmpty() && changes.isEmpty()) {
            return;
        }
        Map<String, Integer> at = new HashMap<>(registrations.size() * 2);
        for (int i = 0; i < registrations.size(); i++) {
            at.put(registrations.get(i).key(), i);
            Retired old = before.get(registrations.get(i).key());
            if (previousIds[i] == null && old != null && !old.change().merge() && old.enterpriseId() != null) {
                previousIds[i] = old.enterpriseId();
                firstSeen[i] = old.firstSeen();
            }
        }
        for (Change c : changes.values()) {
            Integer survivor = c.merge() ? at.get(survivorKey(c)) : null;
            String id = lastId(c);
            if (survivor != null && previousIds[survivor] == null && id != null) {
                previousIds[survivor] = id;
            }
        }
    }

    /**
     * Every retired registration after this run, in key order: the changes staged now, and those retired before
     * that no registration brings back.
     *
     * @param ids this run's enterprise ids, per registration
     */
    List<Retired> settle(List<PatientRecord> registrations, String[] ids) {
        if (before.isEmpty() && changes.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> at = new HashMap<>(registrations.size() * 2);
        for (int i = 0; i < registrations.size(); i++) {
            at.put(registrations.get(i).key(), i);
        }
        Map<String, Retired> retired = new HashMap<>();
        before.forEach((key, old) -> {
            if (!at.containsKey(key)) {
                retired.put(key, old);
            }
        });
        int survivorsMissing = 0;
        for (Change c : changes.values()) {
            Retired old = before.get(c.key());
            boolean same = old != null && old.change().status().equals(c.status());
            String id = lastId(c);
            if (c.merge()) {
                Integer survivor = at.get(survivorKey(c));
                if (survivor != null) {
                    id = ids[survivor];
                } else {
                    survivorsMissing++;
                }
            }
            LocalDate firstSeen = old != null ? old.firstSeen() : indexedFirstSeen.getOrDefault(c.key(), asOf);
            retired.put(c.key(), new Retired(c, id, firstSeen, same ? old.retiredAsOf() : asOf));
        }
        if (survivorsMissing > 0) {
            log.warn("{} source merges name a surviving MRN that is not registered at their facility; the merged-away "
                    + "registrations are retired with the enterprise id they had", survivorsMissing);
        }
        return RegistrationChanges.sorted(retired);
    }

    /** An event for each registration this run retired (not those an earlier run did). */
    List<MpiOutputs.RetiredEvent> events(List<Retired> retired) {
        List<MpiOutputs.RetiredEvent> events = new ArrayList<>();
        for (Retired r : retired) {
            Retired old = before.get(r.change().key());
            if (changes.containsKey(r.change().key()) && (old == null || !old.change().status().equals(r.change().status()))) {
                events.add(new MpiOutputs.RetiredEvent(r, r.change().merge() ? lastId(r.change()) : null));
            }
        }
        return events;
    }

    /** The enterprise id a retired registration had before this run: in the index, or when retired earlier. */
    private String lastId(Change c) {
        String id = indexedId.get(c.key());
        if (id == null && before.containsKey(c.key())) {
            id = before.get(c.key()).enterpriseId();
        }
        return id;
    }

    private static String survivorKey(Change c) {
        return c.facilityId() + "|" + c.mergedIntoMrn();
    }
}
