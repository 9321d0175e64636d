package org.steward.platform.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectorySwapTest {

    @TempDir
    Path root;

    @Test
    void replacesTheOldContentsWholeAndEmptiesTheTrash() throws Exception {
        Path target = root.resolve("staged/encounters/period=2025-01");
        Files.createDirectories(target);
        Files.writeString(target.resolve("old-part.parquet"), "old");
        Path source = root.resolve(".work/stage-1/staged/encounters/period=2025-01");
        Files.createDirectories(source);
        Files.writeString(source.resolve("part-000.parquet"), "new");
        Path trash = root.resolve(".work/trash");

        DirectorySwap.replace(source, target, trash);

        assertThat(target.resolve("part-000.parquet")).hasContent("new");
        assertThat(target.resolve("old-part.parquet")).doesNotExist();
        assertThat(source).doesNotExist();
        try (var leftovers = Files.list(trash)) {
            assertThat(leftovers).isEmpty();
        }
    }

    @Test
    void removeTakesAPeriodAwayAndIgnoresOneThatIsNotThere() throws Exception {
        Path target = root.resolve("staged/claims/period=2025-02");
        Files.createDirectories(target);
        Files.writeString(target.resolve("part.parquet"), "x");
        DirectorySwap.remove(target, root.resolve("trash"));
        DirectorySwap.remove(target, root.resolve("trash"));
        assertThat(target).doesNotExist();
    }

    @Test
    void publishPutsTheRunsCopyInPlaceOrRemovesWhatTheRunNoLongerHas() throws Exception {
        Path trash = root.resolve("trash");
        Path target = root.resolve("quality/results/period=2025-01");
        Path source = root.resolve(".work/quality-1/results/period=2025-01");
        Files.createDirectories(source);
        Files.writeString(source.resolve("part-000.parquet"), "first run");
        DirectorySwap.publish(source, target, trash);
        assertThat(target.resolve("part-000.parquet")).hasContent("first run");

        // A later run (its own work area) with nothing for that period leaves nothing of the earlier one behind.
        DirectorySwap.publish(root.resolve(".work/quality-2/results/period=2025-01"), target, trash);
        assertThat(target).doesNotExist();
    }

    @Test
    void aPublishStepRestartedAfterItMovedAnOutputDoesNotRemoveIt() throws Exception {
        Path trash = root.resolve("trash");
        Path target = root.resolve("mpi/patient_xref");
        Path source = root.resolve(".work/mpi-7/patient_xref");
        Files.createDirectories(source);
        Files.writeString(source.resolve("part-000.parquet"), "this run");
        DirectorySwap.publish(source, target, trash);

        // The step crashed after this move and is restarted: the source is gone because it was published.
        DirectorySwap.publish(source, target, trash);
        assertThat(target.resolve("part-000.parquet")).hasContent("this run");
    }

    @Test
    void publishOnceMovesOnceAndARepeatAfterTheWorkFolderIsGoneKeepsTheOutput() throws Exception {
        Path work = root.resolve(".work/stage-7");
        Path source = work.resolve("quarantine/claims");
        Files.createDirectories(source);
        Files.writeString(source.resolve("part.parquet"), "this run's quarantine");
        Path target = root.resolve("quarantine/claims/scope=all");
        Path trash = root.resolve(".work/trash");
        int[] rounds = {0};
        DirectorySwap.Moves moves = () -> {
            rounds[0]++;
            DirectorySwap.publish(source, target, trash);
        };

        DirectorySwap.publishOnce(work, moves);
        assertThat(work).doesNotExist();
        // A restart of the step (the process died before the step was recorded as done): its work folder and the
        // swap's markers are gone; without the step's own marker the move would read as "no quarantine this run".
        DirectorySwap.publishOnce(work, moves);

        assertThat(rounds[0]).isEqualTo(1);
        assertThat(target.resolve("part.parquet")).hasContent("this run's quarantine");
    }

    @Test
    void clearWorkForgetsAPublishOfAnEarlierJobRepositoryUnderTheSameWorkFolder() throws Exception {
        Path work = root.resolve(".work/casemix-1");
        Path target = root.resolve("casemix/cmi");
        DirectorySwap.publishOnce(work, () -> { });
        // A new job repository numbers job instances from 1 again: this run has the same work folder.
        DirectorySwap.clearWork(work);
        Files.createDirectories(work.resolve("cmi"));
        Files.writeString(work.resolve("cmi/part.parquet"), "new run");

        DirectorySwap.publishOnce(work, () -> DirectorySwap.publish(work.resolve("cmi"), target, root.resolve(".work/trash")));

        assertThat(target.resolve("part.parquet")).hasContent("new run");
    }
}
