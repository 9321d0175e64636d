package org.steward.stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.steward.core.contract.InputContract;
import org.steward.core.contract.TableContract;
import org.steward.platform.output.DirectorySwap;
import org.steward.platform.output.OutputLayout;
import org.steward.platform.output.RunSummary;
import org.steward.platform.output.TableCounts;

/**
 * Step {@code stage.publish}: moves the run's finished tables into place (one rename per period
 * directory, so readers never see half a period), clears the work area and writes the run summary.
 * Re-running it after a crash finishes the moves that had not happened yet, and never takes a move already
 * made for one the run did not produce ({@link DirectorySwap#publishOnce}).
 */
final class PublishTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PublishTasklet.class);

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        StageRun stage = StageRun.of(step);
        OutputLayout output = stage.run().output();
        List<TableCounts> tables = new ArrayList<>();
        for (TableContract contract : InputContract.TABLES) {
            tables.add(StageCounts.load(step.getJobExecution().getExecutionContext(), contract.table()));
        }
        DirectorySwap.publishOnce(stage.run().work(), () -> {
            for (int i = 0; i < tables.size(); i++) {
                if (tables.get(i).present()) {
                    publishTable(stage, InputContract.TABLES.get(i));
                    publishQuarantine(stage, InputContract.TABLES.get(i).table());
                }
            }
        });
        JobExecution job = step.getJobExecution();
        Instant started = job.getStartTime() == null ? Instant.now()
                : job.getStartTime().atZone(ZoneId.systemDefault()).toInstant();
        RunSummary summary = RunSummary.ofTables(StageJobConfiguration.JOB, stage.run().scope().toString(), job.getId(),
                stage.run().input().toString(), started, Instant.now(), tables);
        Path file = summary.writeTo(output);
        log.info("stage {}: read {} rows, staged {}, quarantined {} ({} of them repeated keys), outside the period {}; "
                        + "summary {}", stage.run().scope(), summary.read(), summary.written(), summary.quarantined(),
                summary.repeatedKeys(), summary.outOfScope(), file);
        // A delta with no valid rows still stages the registrations it carried over.
        List<String> empty = tables.stream().filter(t -> t.present() && t.written() + t.carriedOver() == 0)
                .map(TableCounts::table).toList();
        if (!empty.isEmpty()) {
            log.warn("stage {}: no valid rows in {}: {}", stage.run().scope(), String.join(", ", empty),
                    "a snapshot table (patients) is staged empty; a table by period gets no period folder");
        }
        return RepeatStatus.FINISHED;
    }

    private static void publishTable(StageRun stage, TableContract contract) throws IOException {
        Path work = stage.stagedWork(contract.table());
        Path target = stage.run().output().staged(contract.table());
        Path trash = stage.run().output().trash();
        if (!contract.partitionedByPeriod()) {
            if (Files.exists(work)) {
                DirectorySwap.replace(work, target, trash);
            }
            return;
        }
        // A single-period run owns exactly that period (emptying it if the input has none of its rows);
        // an "all" run replaces the periods its input holds and leaves the others.
        Set<String> periods = stage.run().scope().period().map(p -> Set.of(p.toString())).orElseGet(() -> periodsIn(work));
        for (String period : periods) {
            String folder = OutputLayout.periodDirectory(period);
            DirectorySwap.publish(work.resolve(folder), target.resolve(folder), trash);
        }
    }

    private static void publishQuarantine(StageRun stage, String table) throws IOException {
        Path target = stage.run().output().quarantine(table).resolve(OutputLayout.scopeDirectory(stage.run().scope().toString()));
        DirectorySwap.publish(stage.quarantineWork(table), target, stage.run().output().trash());
    }

    private static Set<String> periodsIn(Path work) {
        Set<String> periods = new TreeSet<>();
        if (!Files.isDirectory(work)) {
            return periods;
        }
        try (Stream<Path> listing = Files.list(work)) {
            // Directories only: a restart also finds the swap's markers (period=P.replacing) here.
            listing.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> n.startsWith("period="))
                    .forEach(n -> periods.add(n.substring("period=".length())));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return periods;
    }
}
