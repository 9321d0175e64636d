package org.steward.mpi.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.steward.mpi.core.IncrementalMatch;
import org.steward.mpi.core.MatchPipeline;
import org.steward.mpi.core.MatchResult;
import org.steward.mpi.core.PatientRecord;
import org.steward.mpi.core.PossibleOverlays;
import org.steward.mpi.core.RegistrationDelta;
import org.steward.mpi.core.cluster.StewardDecision;
import org.steward.mpi.core.compare.ComparisonSchema;
import org.steward.mpi.core.identity.EnterpriseIdAssigner;
import org.steward.mpi.core.identity.IdentityEvent;
import org.steward.platform.batch.StepRun;
import org.steward.platform.concurrent.SideBySide;
import org.steward.platform.output.DirectorySwap;
import org.steward.platform.settings.StewardSettings;
import org.steward.platform.settings.StewardSettings.MpiSettings;
import org.steward.platform.spark.SparkSessions;
import org.steward.mpi.spark.SparkMatch;

/**
 * Step {@code mpi.match}: brings the index up to date with the staged registrations and writes every
 * MPI output to the run's work area.
 *
 * <p>With an index from an earlier run, only new and changed registrations are matched against it
 * ({@link IncrementalMatch}), under the model that run estimated: few pairs, so always in this JVM.
 * The run is a full rebuild (on the run's engine: this JVM on duckdb, the Spark executors on spark; the
 * model estimated afresh, every pair compared) when asked ({@code --full}), when there is no index,
 * or when the stored model no longer fits: config/mpi.yml or its reference files changed, the model
 * file is missing or damaged (logged as a warning), or it holds another Steward version's comparisons.
 * Either way enterprise ids carry over from the index. Registrations the source retired or merged away (staged
 * registration_changes) are taken out first and kept in {@code retired_registrations} ({@link Retirements}).
 * Logs counts and timings, never identities.
 */
final class MatchTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(MatchTasklet.class);

    private final MpiSettings settings;
    private final StewardSettings.Engine engine;
    private final SparkSessions spark;

    MatchTasklet(MpiSettings settings, StewardSettings.Engine engine, SparkSessions spark) {
        this.settings = settings;
        this.engine = engine;
        this.spark = spark;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        StepRun run = StepRun.of(step, MpiJobConfiguration.JOB);
        DirectorySwap.clearWork(run.work());
        JobParameters parameters = step.getJobParameters();
        LocalDate asOf = StepRun.asOf(step);
        MpiConfiguration configuration = MpiConfiguration.load(settings.settings());
        List<DecisionsFile.Ruling> rulings = DecisionsFile.read(settings.decisions());

        MatchPipeline.Stopwatch clock = new MatchPipeline.Stopwatch();
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            // The encounters are only needed for the golden record, at the end: read them while the match runs.
            Future<Map<String, LocalDate>> lastActivity = background.submit(() -> StagedPatients.lastActivity(run.output()));
            return match(contribution, step, run, parameters, asOf, configuration, rulings, lastActivity, clock);
        } finally {
            background.shutdownNow();
        }
    }

    private RepeatStatus match(StepContribution contribution, StepExecution step, StepRun run, JobParameters parameters,
                               LocalDate asOf, MpiConfiguration configuration, List<DecisionsFile.Ruling> rulings,
                               Future<Map<String, LocalDate>> lastActivity, MatchPipeline.Stopwatch clock)
            throws Exception {
        Path indexFolder = run.published(MpiJobConfiguration.JOB, MpiIndex.KIND);
        StagedPatients.Extract staged = StagedPatients.read(run.output(), MpiIndex.registrationsFile(indexFolder));
        List<PatientRecord> extract = staged.records();
        clock.lap("read staged");
        Optional<MpiIndex.Stored> previous = MpiIndex.read(indexFolder,
                ComparisonSchema.from(configuration.settings().comparisons()), configuration.fingerprint(),
                staged.unchanged(), StagedPatients.table(run.output()));
        clock.lap("read index");
        if (previous.isPresent()) {
            MpiIndex.requireNotBefore(indexFolder, previous.get().asOf(), asOf);
        }
        Retirements retirements = Retirements.apply(RegistrationChanges.read(run.output()),
                RegistrationChanges.readRetired(indexFolder), previous, extract, asOf);
        previous = retirements.previous();
        extract = retirements.extract();
        List<PatientRecord> indexed = previous.map(MpiIndex.Stored::registrations).orElse(List.of());
        RegistrationDelta delta = RegistrationDelta.of(indexed, extract);
        List<PatientRecord> registrations = delta.registrations();
        if (registrations.isEmpty()) {
            return noRegistrations(step, run, configuration, rulings, previous, retirements, asOf);
        }
        List<StewardDecision> decisions = decisions(rulings, registrations);
        clock.lap("changes");

        MatchPipeline pipeline = new MatchPipeline(configuration.settings(), configuration.tables());
        String rebuild = rebuildReason("true".equals(parameters.getString(MpiJobConfiguration.FULL_REBUILD)), previous);
        log.info("mpi as of {}: {} registrations staged, {} indexed before, {} new or changed; {}", asOf,
                extract.size(), indexed.size(), delta.changedCount(),
                rebuild == null ? "incremental run" : "full rebuild (" + rebuild + ") on " + engine.key());
        MatchResult result;
        if (rebuild == null) {
            result = new IncrementalMatch(pipeline).run(new IncrementalMatch.PreviousIndex(indexed,
                    previous.get().scoredPairs(), previous.get().model()), delta, asOf, decisions);
        } else if (engine == StewardSettings.Engine.SPARK) {
            result = new SparkMatch(spark.session(), pipeline).run(registrations, asOf, decisions);
        } else {
            result = pipeline.run(registrations, asOf, null, decisions);
        }

        clock.lap("match");

        String[] previousIds = new String[registrations.size()];
        LocalDate[] firstSeen = new LocalDate[registrations.size()];
        boolean[] isNew = new boolean[registrations.size()];
        for (int i = 0; i < registrations.size(); i++) {
            int p = delta.previousIndex()[i];
            previousIds[i] = p < 0 ? null : previous.get().enterpriseIds()[p];
            firstSeen[i] = p < 0 ? asOf : previous.get().firstSeen()[p];
            isNew[i] = p < 0;
        }
        retirements.offerIds(registrations, previousIds, firstSeen);
        EnterpriseIdAssigner.Assignment ids = EnterpriseIdAssigner.assign(result.clustering().clusters(), previousIds,
                previous.map(MpiIndex.Stored::nextSerial).orElse(1L));
        Set<Integer> overlays = previous.isPresent()
                ? new PossibleOverlays(pipeline).among(indexed, delta, result.weights(), asOf) : Set.of();
        List<IdentityEvent> events = new ArrayList<>(ids.events());
        for (int i : overlays) {
            events.add(new IdentityEvent(IdentityEvent.Type.POSSIBLE_OVERLAY, ids.enterpriseIds()[i], previousIds[i], i, 1));
        }
        List<RegistrationChanges.Retired> retired = retirements.settle(registrations, ids.enterpriseIds());
        clock.lap("ids");

        // Each output has its own files and writer, so they are written side by side.
        Path work = run.work();
        List<IdentityMetrics> metrics = new ArrayList<>();
        SideBySide.run(List.of(
                () -> {
                    metrics.addAll(IdentityMetrics.of(registrations, ids.enterpriseIds(), isNew, overlays,
                            result.reviewQueue()));
                    MpiOutputs.metrics(work, metrics, asOf);
                },
                () -> GoldenPatients.write(work, configuration.settings(), result, ids.enterpriseIds(), lastActivity.get()),
                () -> MpiIndex.write(work.resolve(MpiIndex.KIND), registrations, ids.enterpriseIds(), firstSeen,
                        result.scoredPairKeys(), result.weights(), configuration.fingerprint(), ids.nextSerial(), asOf),
                () -> MpiOutputs.pairScores(work, result, ids.enterpriseIds()),
                () -> MpiOutputs.xref(work, result, ids.enterpriseIds(), firstSeen, stewardLinked(decisions)),
                () -> MpiOutputs.events(work, run.published(MpiJobConfiguration.JOB, "events"), registrations, events,
                        retirements.events(retired), asOf),
                () -> MpiOutputs.reviewQueue(work, result, ids.enterpriseIds()),
                () -> {
                    MpiOutputs.retired(work, retired);
                    RegistrationChanges.writeRetired(work.resolve(MpiIndex.KIND), retired);
                }));
        clock.lap("outputs");

        for (var y : result.candidates().yields()) {
            log.info("mpi blocking rule {}: {} pairs ({} found by no earlier rule), {} blocks, {} oversized blocks "
                    + "({} registrations) windowed or skipped", y.rule(), y.pairs(), y.newPairs(), y.blocks(),
                    y.oversizedBlocks(), y.oversizedRecords());
        }
        step.setReadCount(extract.size());
        step.getExecutionContext().putLong(MpiJobConfiguration.CANDIDATE_PAIRS, result.candidates().size());
        contribution.incrementWriteCount(registrations.size());
        IdentityMetrics all = metrics.get(metrics.size() - 1);
        log.info("mpi: {} registrations, {} pairs compared, {} scored, {} persons, {} review items, {} events, "
                        + "{} possible overlays; duplicate rate {}% (every record of a duplicate set), excess-record rate {}% "
                        + "(records beyond each person's first), duplicate creation rate {}% (of new registrations), "
                        + "cross-facility overlap {}%; stage timings (ms) {}", registrations.size(), result.candidates().size(),
                result.scoredPairs().size(), all.persons(), result.reviewQueue().size(), events.size(), overlays.size(),
                percent(all.duplicateRate()), percent(all.excessRecordRate()), percent(all.duplicateCreationRate()),
                percent(all.overlapRate()),
                result.stageMillis());
        log.info("mpi step timings (ms) {}", clock.millis());
        return RepeatStatus.FINISHED;
    }

    /**
     * A run with nothing to match: the staged patients table is empty and the index holds no registration.
     * Every output is written empty with its usual columns (metrics too: rates of nothing are not zero), and
     * an index with no registrations and no model, so the next run with registrations is a full rebuild.
     */
    private RepeatStatus noRegistrations(StepExecution step, StepRun run,
                                         MpiConfiguration configuration, List<DecisionsFile.Ruling> rulings,
                                         Optional<MpiIndex.Stored> previous, Retirements retirements,
                                         LocalDate asOf) throws Exception {
        log.warn("mpi as of {}: no registrations: the staged patients table ({}) has no rows and the index holds "
                + "none; writing empty outputs", asOf, run.output().staged("patients"));
        if (!rulings.isEmpty()) {
            log.warn("{} steward decisions name a registration that is not indexed and are not applied", rulings.size());
        }
        Path work = run.work();
        MpiOutputs.empty(work, ComparisonSchema.from(configuration.settings().comparisons()).comparators(),
                GoldenPatients.columns(), run.published(MpiJobConfiguration.JOB, "events"), asOf);
        List<RegistrationChanges.Retired> retired = retirements.settle(List.of(), new String[0]);
        MpiOutputs.retired(work, retired);
        RegistrationChanges.writeRetired(work.resolve(MpiIndex.KIND), retired);
        MpiOutputs.events(work, run.published(MpiJobConfiguration.JOB, "events"), List.of(), List.of(),
                retirements.events(retired), asOf);
        MpiIndex.write(work.resolve(MpiIndex.KIND), List.of(), new String[0], new LocalDate[0], new long[0], null,
                configuration.fingerprint(), previous.map(MpiIndex.Stored::nextSerial).orElse(1L), asOf);
        step.setReadCount(0);
        step.getExecutionContext().putLong(MpiJobConfiguration.CANDIDATE_PAIRS, 0);
        return RepeatStatus.FINISHED;
    }

    /** Why this run must rebuild rather than update the index, or null when it can update it. */
    private static String rebuildReason(boolean full, Optional<MpiIndex.Stored> previous) {
        if (full) {
            return "--full";
        }
        if (previous.isEmpty()) {
            return "no index yet";
        }
        return previous.get().model() == null ? previous.get().modelProblem() : null;
    }

    private static List<StewardDecision> decisions(List<DecisionsFile.Ruling> rulings, List<PatientRecord> records) {
        if (rulings.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> indexOfKey = new HashMap<>(records.size() * 2);
        for (int i = 0; i < records.size(); i++) {
            indexOfKey.put(records.get(i).key(), i);
        }
        DecisionsFile.Resolved resolved = DecisionsFile.resolve(rulings, indexOfKey);
        if (!resolved.unknown().isEmpty()) {
            log.warn("{} steward decisions name a registration that is not indexed and are not applied: {}",
                    resolved.unknown().size(), resolved.unknown());
        }
        return resolved.decisions();
    }

    private static Set<Integer> stewardLinked(List<StewardDecision> decisions) {
        Set<Integer> linked = new HashSet<>();
        for (StewardDecision d : decisions) {
            if (d.kind() == StewardDecision.Kind.LINK) {
                linked.add(d.left());
                linked.add(d.right());
            }
        }
        return linked;
    }

    private static String percent(double share) {
        return String.format("%.2f", 100 * share);
    }
}
