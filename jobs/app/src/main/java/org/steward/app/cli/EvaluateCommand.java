package org.steward.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.steward.mpi.core.evaluate.LinkageMetrics;
import org.steward.mpi.job.IndexEvaluation;
import org.steward.platform.settings.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score a job's output against ground truth.",
                "mpi: pairwise precision, recall and F1, and B-cubed precision and recall of mpi/patient_xref",
                "against a truth file with columns facility_id, mrn, person_id (the generator's truth/truth.csv)."})
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "JOB", description = "The job to evaluate: mpi.")
    String job;

    @Option(names = "--truth", required = true, paramLabel = "FILE", description = "The truth file.")
    Path truth;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "The output folder of a run.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!job.equals("mpi")) {
            throw new ConfigException("evaluate: unknown job '" + job + "'; evaluations exist for: mpi");
        }
        IndexEvaluation.Outcome outcome = IndexEvaluation.evaluate(output, truth);
        LinkageMetrics m = outcome.metrics();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "registrations scored: %,d (only in the index: %,d, only in the truth: %,d)%n", m.records(),
                outcome.onlyInIndex(), outcome.onlyInTruth());
        out.printf(Locale.ROOT, "pairs: predicted %,d, true %,d, correct %,d%n", m.predictedPairs(), m.truePairs(),
                m.correctPairs());
        out.printf(Locale.ROOT, "pairwise precision %.4f  recall %.4f  F1 %.4f%n", m.precision(), m.recall(), m.f1());
        out.printf(Locale.ROOT, "B-cubed  precision %.4f  recall %.4f%n", m.bcubedPrecision(), m.bcubedRecall());
        return 0;
    }
}
