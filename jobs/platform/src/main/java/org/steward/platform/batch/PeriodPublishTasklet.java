package org.steward.platform.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.steward.platform.engine.PeriodOutput;
import org.steward.platform.output.DirectorySwap;
import org.steward.platform.output.OutputLayout;

/**
 * The publish step of a job whose outputs are {@link PeriodOutput}s: moves each output's period folders
 * from the work area into place, one rename each. A period in scope that produced no rows of an output
 * loses its old folder, so a re-run replaces the period whole; other periods are left as they are.
 *
 * <p>When an output holds only periods in scope (a first run, or a full re-run), its whole folder is
 * published with one rename instead: the result is the same, without a marker and two renames per period
 * (a full casemix run has 9 outputs of over 130 periods each). Either way each move is a
 * {@link DirectorySwap#publish}, safe to repeat after a crash: a partly done whole-folder move leaves
 * only periods in scope behind, so a restart takes the same path.
 */
public final class PeriodPublishTasklet implements Tasklet {

    private final String job;
    private final List<? extends PeriodOutput> outputs;
    private final String periodsKey;

    /** @param periodsKey the job execution context key under which the compute step listed its periods, comma-separated */
    public PeriodPublishTasklet(String job, List<? extends PeriodOutput> outputs, String periodsKey) {
        this.job = job;
        this.outputs = List.copyOf(outputs);
        this.periodsKey = periodsKey;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        StepRun run = StepRun.of(step, job);
        String periods = step.getJobExecution().getExecutionContext().getString(periodsKey);
        List<String> computed = periods.isEmpty() ? List.of() : List.of(periods.split(","));
        List<String> scope = run.scope().period().map(p -> List.of(p.toString())).orElse(computed);
        publishThenClean(outputs, run.work(), run.output().root(), run.output().trash(), scope);
        return RepeatStatus.FINISHED;
    }

    /** Publishes, then deletes the work folder, safe to repeat after a crash ({@link DirectorySwap#publishOnce}). */
    static void publishThenClean(List<? extends PeriodOutput> outputs, Path work, Path root, Path trash,
                                 List<String> scope) throws IOException {
        DirectorySwap.publishOnce(work, () -> publish(outputs, work, root, trash, scope));
    }

    /** Puts each output's periods of {@code scope} from {@code work} in place under {@code root}. */
    static void publish(List<? extends PeriodOutput> outputs, Path work, Path root, Path trash, List<String> scope)
            throws IOException {
        Set<String> folders = scope.stream().map(OutputLayout::periodDirectory).collect(Collectors.toSet());
        for (PeriodOutput output : outputs) {
            Path source = work.resolve(output.area()).resolve(output.folder());
            Path target = root.resolve(output.area()).resolve(output.folder());
            if (onlyPeriodsOf(target, folders) && onlyPeriodsOf(source, folders)) {
                DirectorySwap.publish(source, target, trash);
                continue;
            }
            for (String folder : folders) {
                DirectorySwap.publish(source.resolve(folder), target.resolve(folder), trash);
            }
        }
    }

    /** True when {@code folder} is absent or holds nothing but period folders named in {@code folders}. */
    private static boolean onlyPeriodsOf(Path folder, Set<String> folders) throws IOException {
        if (!Files.isDirectory(folder)) {
            return !Files.exists(folder);
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.allMatch(e -> Files.isDirectory(e) && folders.contains(e.getFileName().toString()));
        }
    }
}
