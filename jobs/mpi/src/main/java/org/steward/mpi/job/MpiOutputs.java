package org.steward.mpi.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.steward.core.contract.StagedColumn;
import org.steward.core.contract.StagedColumn.StoredType;
import org.steward.mpi.core.MatchResult;
import org.steward.mpi.core.PatientRecord;
import org.steward.mpi.core.cluster.ReviewItem;
import org.steward.mpi.core.cluster.ScoredPair;
import org.steward.platform.output.ParquetRowFile;

/** Writes mpi/patient_xref, pair_scores, review_queue and metrics into a run's work area. */
final class MpiOutputs {

    static final List<String> KINDS = List.of("patient_xref", "pair_scores", "review_queue", "metrics");
    private static final ParquetRowFile.Format FORMAT = new ParquetRowFile.Format("snappy", 16);

    private MpiOutputs() {
    }

    static void write(Path work, List<PatientRecord> records, MatchResult result, String[] enterpriseIds,
                      double autoLinkScore, List<IdentityMetrics> metrics) throws IOException {
        int[] clusterOf = result.clustering().clusterOf();
        int[] clusterSize = new int[records.size()];
        for (int cluster : clusterOf) {
            clusterSize[cluster]++;
        }
        try (ParquetRowFile xref = file(work, "patient_xref", List.of(text("facility_id"), text("mrn"),
                text("enterprise_id"), number("registrations_in_enterprise_id"), text("joined_by")))) {
            for (int i = 0; i < records.size(); i++) {
                int size = clusterSize[clusterOf[i]];
                xref.write(new Object[] {records.get(i).facilityId(), records.get(i).mrn(), enterpriseIds[i], (long) size,
                        size > 1 ? "auto_link" : "alone"});
            }
        }
        try (ParquetRowFile pairs = file(work, "pair_scores", List.of(text("facility_id_a"), text("mrn_a"),
                text("facility_id_b"), text("mrn_b"), rate("match_weight"), rate("probability"), text("decision")))) {
            for (ScoredPair pair : result.scoredPairs()) {
                PatientRecord a = records.get(pair.left());
                PatientRecord b = records.get(pair.right());
                pairs.write(new Object[] {a.facilityId(), a.mrn(), b.facilityId(), b.mrn(), pair.score(), pair.probability(),
                        pair.score() >= autoLinkScore ? "auto_link" : "review"});
            }
        }
        try (ParquetRowFile review = file(work, "review_queue", List.of(number("rank"), text("facility_id_a"),
                text("mrn_a"), text("enterprise_id_a"), text("facility_id_b"), text("mrn_b"), text("enterprise_id_b"),
                rate("probability"), text("cause"), text("reasons")))) {
            long rank = 0;
            for (ReviewItem item : result.reviewQueue()) {
                PatientRecord a = records.get(item.left());
                PatientRecord b = records.get(item.right());
                review.write(new Object[] {++rank, a.facilityId(), a.mrn(), enterpriseIds[item.left()], b.facilityId(),
                        b.mrn(), enterpriseIds[item.right()], item.probability(), item.cause().name().toLowerCase(),
                        String.join("; ", item.reasons())});
            }
        }
        try (ParquetRowFile out = file(work, "metrics", List.of(text("facility_id"), number("registrations"),
                number("persons"), number("duplicate_registrations"), rate("duplicate_rate"),
                number("overlapping_registrations"), rate("overlap_rate"), number("review_backlog")))) {
            for (IdentityMetrics m : metrics) {
                out.write(new Object[] {m.facilityId(), m.registrations(), m.persons(), m.duplicateRegistrations(),
                        m.duplicateRate(), m.overlappingRegistrations(), m.overlapRate(), m.reviewBacklog()});
            }
        }
    }

    private static ParquetRowFile file(Path work, String kind, List<StagedColumn> columns) throws IOException {
        return ParquetRowFile.create(work.resolve(kind).resolve("part-000.parquet"), columns, FORMAT);
    }

    private static StagedColumn text(String name) {
        return new StagedColumn(name, StoredType.STRING);
    }

    private static StagedColumn number(String name) {
        return new StagedColumn(name, StoredType.LONG);
    }

    private static StagedColumn rate(String name) {
        return new StagedColumn(name, StoredType.DOUBLE);
    }
}
