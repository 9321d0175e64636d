package org.steward.mpi.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.steward.mpi.core.weights.MatchWeights;

/**
 * Registrations edited since the previous run so that the fields no longer describe the person they
 * did before: two people under one MRN (an overlay) is the usual cause.
 *
 * <p>A registration and its own previous version are not a random pair of records, so the match
 * prior (the odds that two random registrations are one person: about 2^-13 on the sample, 2^-20 at
 * a million) does not apply; with it, an ordinary edit such as a new surname and address after a
 * marriage would look more like an overlay the larger the index grew. The rule is on the fields'
 * evidence alone: the sum of their match weights (term-frequency adjusted, as in pair_scores)
 * below {@code overlay.min_field_evidence} in config/mpi.yml.
 */
public final class PossibleOverlays {

    private final MatchPipeline pipeline;

    public PossibleOverlays(MatchPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * @param previous the registrations as the previous run indexed them
     * @return indexes (into {@code delta.registrations()}) of the edited registrations that are possible overlays
     */
    public Set<Integer> among(List<PatientRecord> previous, RegistrationDelta delta, MatchWeights weights,
                              LocalDate asOf) {
        List<Integer> edited = new ArrayList<>();
        List<PatientRecord> before = new ArrayList<>();
        List<PatientRecord> after = new ArrayList<>();
        for (int i = 0; i < delta.registrations().size(); i++) {
            if (delta.changed()[i] && delta.previousIndex()[i] >= 0) {
                edited.add(i);
                before.add(previous.get(delta.previousIndex()[i]));
                after.add(delta.registrations().get(i));
            }
        }
        List<StandardPatient> was = pipeline.standardise(before, asOf);
        List<StandardPatient> is = pipeline.standardise(after, asOf);
        double floor = pipeline.settings().overlay().minFieldEvidence();
        Set<Integer> suspects = new TreeSet<>();
        for (int k = 0; k < edited.size(); k++) {
            if (weights.fieldEvidence(was.get(k), is.get(k)) < floor) {
                suspects.add(edited.get(k));
            }
        }
        return suspects;
    }
}
