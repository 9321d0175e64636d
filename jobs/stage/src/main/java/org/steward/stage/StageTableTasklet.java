package org.steward.stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.steward.stage.internal.TableStager;

/** Step {@code stage.<table>}: stages one input file into the run's work area and records its counts. */
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
        Path file = stage.run().input().resolve(contract.fileName());
        TableCounts counts;
        if (Files.isRegularFile(file)) {
            counts = stager.stage(new TableStager.Request(contract, file, stage.run().scope(), staged, quarantine,
                    settings.threads(), (long) settings.chunkMegabytes() * 1024 * 1024,
                    new ParquetRowFile.Format(settings.compression(), settings.rowGroupMegabytes())));
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
}
