package org.steward.stage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.steward.core.contract.TableContract;
import org.steward.platform.output.DirectorySwap;
import org.steward.platform.output.ParquetRowFile;
import org.steward.platform.output.TableCounts;
import org.steward.platform.settings.StewardSettings.StageSettings;
import org.steward.stage.internal.SnapshotDelta;
import org.steward.stage.internal.TableStager;

/**
 * Step {@code stage.<table>}: stages one input file into the run's work area and records its counts. A delta
 * of registrations ({@code patients_delta.csv}) is completed with the registrations staged before.
 */
final class StageTableTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(StageTableTasklet.class);

    private final TableContract contract;
    private final StageSettings settings;
    private final TableStager stager = new TableStager();

    StageTableTasklet(TableContract contract, StageSettings settings) {
        this.contract = contract;
        this.settings = settings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        StageRun stage = StageRun.of(step);
        Path staged = stage.stagedWork(contract.table());
        Path quarantine = stage.quarantineWork(contract.table());
        // A step retried after a failure starts from nothing, never from a half-written table.
        DirectorySwap.deleteTree(staged);
        DirectorySwap.deleteTree(quarantine);
        DirectorySwap.forgetPublish(stage.run().work());
        Optional<StageInput.TableFile> file = StageInput.fileFor(contract, stage.run().input());
        TableCounts counts;
        if (file.isPresent()) {
            ParquetRowFile.Format format = new ParquetRowFile.Format(settings.compression(), settings.rowGroupMegabytes());
            counts = stager.stage(new TableStager.Request(contract, file.get().path(), stage.run().scope(), staged,
                    quarantine, settings.threads(), (long) settings.chunkMegabytes() * 1024 * 1024, format));
            if (file.get().delta()) {
                counts = mergeDelta(stage, file.get().path(), counts, format);
            }
        } else {
            log.info("{}: absent from the input; its staged outputs are left as they are", contract.fileName());
            counts = TableCounts.absent(contract.table());
        }
        step.setReadCount(counts.read());
        contribution.incrementWriteCount(counts.written());
        contribution.incrementWriteSkipCount(counts.quarantined());
        contribution.incrementFilterCount(counts.outOfScope());
        StageCounts.save(step.getJobExecution().getExecutionContext(), counts);
        return RepeatStatus.FINISHED;
    }

    /** A delta's rows plus the registrations staged before that it does not replace: the new whole table. */
    private TableCounts mergeDelta(StageRun stage, Path delta, TableCounts counts, ParquetRowFile.Format format)
            throws IOException {
        long started = System.nanoTime();
        long carried = SnapshotDelta.carryOver(contract, delta.getFileName().toString(),
                stage.run().output().staged(contract.table()), stage.stagedWork(contract.table()), settings.threads(),
                format);
        log.info("{}: {} new or changed rows staged, {} rows of the {} staged before carried over in {} s; {} staged in all",
                delta.getFileName(), counts.written(), carried, contract.table(),
                String.format("%.1f", (System.nanoTime() - started) / 1e9), counts.written() + carried);
        return counts.withCarriedOver(carried);
    }
}
