package org.steward.platform.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.platform.engine.PeriodOutput;
import org.steward.platform.engine.SqlColumn;
import org.steward.platform.engine.SqlType;

class PeriodPublishTaskletTest {

    /** One output, {@code <root>/mart/rates/period=P/}. */
    private static final PeriodOutput RATES = new PeriodOutput() {
        @Override
        public String area() {
            return "mart";
        }

        @Override
        public String folder() {
            return "rates";
        }

        @Override
        public List<SqlColumn> columns() {
            return List.of(new SqlColumn("period", SqlType.STRING));
        }
    };

    @TempDir
    Path root;

    @Test
    void aFullRerunReplacesEveryPeriodAndDropsThoseWithoutRows() throws Exception {
        write(published("2025-01"), "old january");
        write(published("2025-02"), "old february");
        write(work("2025-01"), "new january");

        publish(List.of("2025-01", "2025-02"));

        assertThat(published("2025-01").resolve("part-0.parquet")).hasContent("new january");
        assertThat(published("2025-02")).doesNotExist();
        assertThat(trashIsEmpty()).isTrue();
    }

    @Test
    void periodsOutsideTheScopeAreLeftAsTheyAre() throws Exception {
        write(published("2024-12"), "december");
        write(published("2025-01"), "old january");
        write(work("2025-01"), "new january");

        publish(List.of("2025-01"));

        assertThat(published("2024-12").resolve("part-0.parquet")).hasContent("december");
        assertThat(published("2025-01").resolve("part-0.parquet")).hasContent("new january");
    }

    @Test
    void aRepeatedPublishAfterACrashKeepsWhatTheFirstOnePutInPlace() throws Exception {
        write(published("2025-01"), "old january");
        write(work("2025-01"), "new january");
        write(work("2025-02"), "new february");

        publish(List.of("2025-01", "2025-02"));
        // A restart of the step runs it again over the same work area (the whole folder already moved).
        publish(List.of("2025-01", "2025-02"));

        assertThat(published("2025-01").resolve("part-0.parquet")).hasContent("new january");
        assertThat(published("2025-02").resolve("part-0.parquet")).hasContent("new february");
    }

    @Test
    void aRestartAfterTheOldFolderWentToTheTrashFinishesTheMove() throws Exception {
        write(work("2025-01"), "new january");
        // The crash came between the two renames of the swap: the old output is in the trash, the new one not yet in place.
        Files.createFile(root.resolve(".work/run/mart/rates.replacing"));

        publish(List.of("2025-01"));

        assertThat(published("2025-01").resolve("part-0.parquet")).hasContent("new january");
    }

    @Test
    void aRestartAfterTheWorkFolderWasPartlyDeletedKeepsThePublishedOutput() throws Exception {
        write(work("2025-01"), "new january");
        PeriodPublishTasklet.publishThenClean(List.of(RATES), root.resolve(".work/run"), root, root.resolve(".work/trash"),
                List.of("2025-01"));
        assertThat(root.resolve(".work/run")).doesNotExist();
        // The crash came while the work folder was being deleted: its copy and its markers are gone, the step's
        // "published" marker is not.
        write(work("2025-01").resolveSibling("period=2025-02"), "half deleted");

        PeriodPublishTasklet.publishThenClean(List.of(RATES), root.resolve(".work/run"), root, root.resolve(".work/trash"),
                List.of("2025-01"));

        assertThat(published("2025-01").resolve("part-0.parquet")).hasContent("new january");
        assertThat(root.resolve(".work/run")).doesNotExist();
    }

    @Test
    void aRestartAfterTheStepFinishedButWasNotRecordedKeepsThePublishedOutput() throws Exception {
        write(work("2025-01"), "new january");
        PeriodPublishTasklet.publishThenClean(List.of(RATES), root.resolve(".work/run"), root, root.resolve(".work/trash"),
                List.of("2025-01"));
        // The process died before the job repository recorded the step as completed: the restart runs it again
        // with the work folder and all its markers gone.
        PeriodPublishTasklet.publishThenClean(List.of(RATES), root.resolve(".work/run"), root, root.resolve(".work/trash"),
                List.of("2025-01"));

        assertThat(published("2025-01").resolve("part-0.parquet")).hasContent("new january");
    }

    private void publish(List<String> scope) throws Exception {
        PeriodPublishTasklet.publish(List.of(RATES), root.resolve(".work/run"), root, root.resolve(".work/trash"), scope);
    }

    private Path published(String period) {
        return root.resolve("mart/rates/period=" + period);
    }

    private Path work(String period) {
        return root.resolve(".work/run/mart/rates/period=" + period);
    }

    private static void write(Path folder, String content) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("part-0.parquet"), content);
    }

    private boolean trashIsEmpty() throws Exception {
        Path trash = root.resolve(".work/trash");
        if (!Files.exists(trash)) {
            return true;
        }
        try (var entries = Files.list(trash)) {
            return entries.findAny().isEmpty();
        }
    }
}
