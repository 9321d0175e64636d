package org.steward.mpi.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.steward.core.contract.StagedColumn;
import org.steward.core.contract.StagedColumn.StoredType;
import org.steward.mpi.core.MatchResult;
import org.steward.mpi.core.PatientRecord;
import org.steward.mpi.core.cluster.ReviewItem;
import org.steward.mpi.core.cluster.ScoredPair;
import org.steward.mpi.core.compare.FieldComparator;
import org.steward.mpi.core.identity.IdentityEvent;
import org.steward.mpi.core.weights.MatchWeights;
import org.steward.platform.output.ParquetRowFile;

/**
 * Writes the MPI outputs into a run's work area. Snapshots (patient_xref, golden_patient, pair_scores,
 * review_queue) are whole folders; history (events, metrics) is one {@code as_of=} partition per run date.
 */
final class MpiOutputs {

    /** Registrations the source retired or merged away: out of every other snapshot and the rates. */
    static final String RETIRED = "retired_registrations";
    /** Outputs each run replaces whole. */
    static final List<String> SNAPSHOTS = List.of("patient_xref", "golden_patient", "pair_scores", "review_queue",
            RETIRED, MpiIndex.KIND);
    /** Outputs kept per run date. */
    static final List<String> HISTORY = List.of("events", "metrics");
    private static final ParquetRowFile.Format FORMAT = new ParquetRowFile.Format("snappy", 16);
    private static final List<StagedColumn> XREF = List.of(text("facility_id"), text("mrn"), text("enterprise_id"),
            number("registrations_in_enterprise_id"), text("joined_by"), date("first_seen"));
    private static final List<StagedColumn> REVIEW = List.of(number("rank"), text("facility_id_a"), text("mrn_a"),
            text("enterprise_id_a"), text("facility_id_b"), text("mrn_b"), text("enterprise_id_b"), rate("probability"),
            text("cause"), text("reasons"));
    private static final List<StagedColumn> EVENTS = List.of(date("as_of"), text("event_type"), text("enterprise_id"),
            text("other_enterprise_id"), text("facility_id"), text("mrn"), number("registrations"), text("merged_into_mrn"),
            text("reason"));
    private static final List<StagedColumn> RETIRED_COLUMNS = List.of(text("facility_id"), text("mrn"), text("status"),
            text("enterprise_id"), text("merged_into_mrn"), date("changed_on"), text("reason"), date("first_seen"),
            date("retired_as_of"));
    private static final List<StagedColumn> METRICS = List.of(date("as_of"), text("facility_id"), number("registrations"),
            number("persons"), number("duplicate_registrations"), rate("duplicate_rate"), number("excess_registrations"),
            rate("excess_record_rate"), number("new_registrations"),
            number("duplicates_created"), rate("duplicate_creation_rate"), number("overlapping_registrations"),
            rate("overlap_rate"), number("possible_overlays"), number("review_backlog"));

    private MpiOutputs() {
    }

    static String partition(LocalDate asOf) {
        return "as_of=" + asOf;
    }

    static void xref(Path work, MatchResult result, String[] ids, LocalDate[] firstSeen, Set<Integer> stewardLinked)
            throws IOException {
        List<PatientRecord> records = result.registrations();
        int[] clusterOf = result.clustering().clusterOf();
        int[] clusterSize = new int[records.size()];
        for (int cluster : clusterOf) {
            clusterSize[cluster]++;
        }
        try (ParquetRowFile xref = file(work.resolve("patient_xref"), XREF)) {
            for (int i = 0; i < records.size(); i++) {
                int size = clusterSize[clusterOf[i]];
                String joinedBy = size == 1 ? "alone" : stewardLinked.contains(i) ? "steward_decision" : "auto_link";
                xref.write(new Object[] {records.get(i).facilityId(), records.get(i).mrn(), ids[i], (long) size, joinedBy,
                        firstSeen[i]});
            }
        }
    }

    /** Pairs at or above the review threshold, with each field's level and weight: why two records matched. */
    static void pairScores(Path work, MatchResult result, String[] ids) throws IOException {
        MatchWeights weights = result.weights();
        List<FieldComparator> fields = weights.schema().comparators();
        List<StagedColumn> columns = pairScoreColumns(fields);
        List<PatientRecord> records = result.registrations();
        byte[] levels = result.scoredLevels();
        int n = fields.size();
        try (ParquetRowFile out = file(work.resolve("pair_scores"), columns)) {
            for (int k = 0; k < result.scoredPairs().size(); k++) {
                ScoredPair pair = result.scoredPairs().get(k);
                PatientRecord a = records.get(pair.left());
                PatientRecord b = records.get(pair.right());
                double[] contributions = weights.contributions(result.records().get(pair.left()),
                        result.records().get(pair.right()), levels, k * n);
                Object[] row = new Object[columns.size()];
                Object[] head = {a.facilityId(), a.mrn(), ids[pair.left()], b.facilityId(), b.mrn(), ids[pair.right()],
                        pair.score(), pair.probability(), pair.autoLink() ? "auto_link" : "review",
                        weights.priorLogOdds()};
                System.arraycopy(head, 0, row, 0, head.length);
                for (int f = 0; f < n; f++) {
                    row[head.length + 2 * f] = fields.get(f).levels().get(levels[k * n + f]);
                    row[head.length + 2 * f + 1] = contributions[f];
                }
                out.write(row);
            }
        }
    }

    /** pair_scores' columns: the pair, its score and decision, the prior, then each compared field's level and weight. */
    static List<StagedColumn> pairScoreColumns(List<FieldComparator> fields) {
        List<StagedColumn> columns = new ArrayList<>(List.of(text("facility_id_a"), text("mrn_a"), text("enterprise_id_a"),
                text("facility_id_b"), text("mrn_b"), text("enterprise_id_b"), rate("match_weight"), rate("probability"),
                text("decision"), rate("prior_weight")));
        for (FieldComparator f : fields) {
            columns.add(text(f.field() + "_level"));
            columns.add(rate(f.field() + "_weight"));
        }
        return columns;
    }

    /**
     * The outputs of a run with no registrations at all: each matching snapshot an empty file with its usual
     * columns, and metrics with no rows (the caller writes the day's events and the retired registrations).
     */
    static void empty(Path work, List<FieldComparator> fields, List<StagedColumn> goldenColumns, Path publishedEvents,
                      LocalDate asOf) throws IOException {
        file(work.resolve("patient_xref"), XREF).close();
        file(work.resolve("golden_patient"), goldenColumns).close();
        file(work.resolve("pair_scores"), pairScoreColumns(fields)).close();
        file(work.resolve("review_queue"), REVIEW).close();
        metrics(work, List.of(), asOf);
    }

    static void reviewQueue(Path work, MatchResult result, String[] ids) throws IOException {
        List<PatientRecord> records = result.registrations();
        try (ParquetRowFile review = file(work.resolve("review_queue"), REVIEW)) {
            long rank = 0;
            for (ReviewItem item : result.reviewQueue()) {
                PatientRecord a = records.get(item.left());
                PatientRecord b = records.get(item.right());
                review.write(new Object[] {++rank, a.facilityId(), a.mrn(), ids[item.left()], b.facilityId(),
                        b.mrn(), ids[item.right()], item.probability(), item.cause().name().toLowerCase(),
                        String.join("; ", item.reasons())});
            }
        }
    }

    /**
     * This run's events, added to the day's partition: a second run on one day keeps the first one's
     * events (they happened) and adds its own.
     */
    static void events(Path work, Path published, List<PatientRecord> records, List<IdentityEvent> events,
                       LocalDate asOf) throws IOException {
        events(work, published, records, events, List.of(), asOf);
    }

    /**
     * @param retired registrations this run retired: a {@code retired} or {@code merged_by_source} event each, with
     *                the reason and, for a merge, the surviving MRN ({@code enterprise_id}: the id it last had, for a
     *                merge the survivor's; {@code other_enterprise_id}: for a merge, the id it had before)
     */
    static void events(Path work, Path published, List<PatientRecord> records, List<IdentityEvent> events,
                       List<RetiredEvent> retired, LocalDate asOf) throws IOException {
        Path folder = work.resolve("events").resolve(partition(asOf));
        Files.createDirectories(folder);
        int part = 0;
        Path earlier = published.resolve(partition(asOf));
        if (Files.isDirectory(earlier)) {
            try (Stream<Path> files = Files.list(earlier)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".parquet")).sorted().toList()) {
                    Files.copy(f, folder.resolve(String.format("part-%03d.parquet", part++)));
                }
            }
        }
        try (ParquetRowFile out = ParquetRowFile.create(folder.resolve(String.format("part-%03d.parquet", part)), EVENTS,
                FORMAT)) {
            for (IdentityEvent e : events) {
                PatientRecord r = e.registration() < 0 ? null : records.get(e.registration());
                out.write(new Object[] {asOf, e.type().name().toLowerCase(), e.enterpriseId(), e.otherEnterpriseId(),
                        r == null ? null : r.facilityId(), r == null ? null : r.mrn(), (long) e.registrations(), null, null});
            }
            for (RetiredEvent e : retired) {
                RegistrationChanges.Change c = e.retired().change();
                IdentityEvent.Type type = c.merge() ? IdentityEvent.Type.MERGED_BY_SOURCE : IdentityEvent.Type.RETIRED;
                out.write(new Object[] {asOf, type.name().toLowerCase(), e.retired().enterpriseId(), e.previousId(),
                        c.facilityId(), c.mrn(), 1L, c.mergedIntoMrn(), c.reason()});
            }
        }
    }

    /** A registration this run retired, with the enterprise id it had in the previous run (null if new). */
    record RetiredEvent(RegistrationChanges.Retired retired, String previousId) {
    }

    /** The snapshot of retired and merged-away registrations: what each last was, and why it left. */
    static void retired(Path work, List<RegistrationChanges.Retired> retired) throws IOException {
        try (ParquetRowFile out = file(work.resolve(RETIRED), RETIRED_COLUMNS)) {
            for (RegistrationChanges.Retired r : retired) {
                RegistrationChanges.Change c = r.change();
                out.write(new Object[] {c.facilityId(), c.mrn(), c.status(), r.enterpriseId(), c.mergedIntoMrn(),
                        c.changedOn(), c.reason(), r.firstSeen(), r.retiredAsOf()});
            }
        }
    }

    static void metrics(Path work, List<IdentityMetrics> metrics, LocalDate asOf) throws IOException {
        try (ParquetRowFile out = file(work.resolve("metrics").resolve(partition(asOf)), METRICS)) {
            for (IdentityMetrics m : metrics) {
                out.write(new Object[] {asOf, m.facilityId(), m.registrations(), m.persons(), m.duplicateRegistrations(),
                        m.duplicateRate(), m.excessRegistrations(), m.excessRecordRate(), m.newRegistrations(),
                        m.duplicatesCreated(), m.duplicateCreationRate(), m.overlappingRegistrations(), m.overlapRate(),
                        m.possibleOverlays(), m.reviewBacklog()});
            }
        }
    }

    static ParquetRowFile file(Path folder, List<StagedColumn> columns) throws IOException {
        return ParquetRowFile.create(folder.resolve("part-000.parquet"), columns, FORMAT);
    }

    static StagedColumn text(String name) {
        return new StagedColumn(name, StoredType.STRING);
    }

    static StagedColumn number(String name) {
        return new StagedColumn(name, StoredType.LONG);
    }

    static StagedColumn rate(String name) {
        return new StagedColumn(name, StoredType.DOUBLE);
    }

    static StagedColumn date(String name) {
        return new StagedColumn(name, StoredType.DATE);
    }
}
