package org.steward.platform.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;

/**
 * Puts a finished directory in place of the old one with renames only, so a reader sees either the
 * old or the new contents, never half. Safe to repeat after a crash: a missing source means the swap
 * already happened.
 */
public final class DirectorySwap {

    private DirectorySwap() {
    }

    /** Replaces {@code target} with {@code source}; the old target goes to {@code trash} and is deleted. */
    public static void replace(Path source, Path target, Path trash) throws IOException {
        Files.createDirectories(target.getParent());
        Files.createDirectories(trash);
        Path old = null;
        if (Files.exists(target)) {
            old = trash.resolve(target.getFileName() + "-" + UUID.randomUUID());
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) {
            deleteTree(old);
        }
    }

    /**
     * Publishes a run's copy of an output: {@code source} replaces {@code target}, or, when the run produced
     * none (a period without rows, a table without quarantined rows), the old {@code target} is removed.
     *
     * <p>Safe to call again after a crash part-way through a publish step: before acting it leaves a
     * marker beside {@code source} saying which of the two it is doing. A marker that says "replacing"
     * with the source gone means the move happened, so the published copy is left alone rather than
     * mistaken for an output the run did not produce.
     */
    public static void publish(Path source, Path target, Path trash) throws IOException {
        Path replacing = source.resolveSibling(source.getFileName() + ".replacing");
        Path removing = source.resolveSibling(source.getFileName() + ".removing");
        if (Files.exists(source)) {
            marker(replacing);
            replace(source, target, trash);
        } else if (Files.exists(replacing)) {
            return;
        } else {
            marker(removing);
            remove(target, trash);
        }
    }

    /** A publish step's moves, each a {@link #publish} or {@link #replace} out of the run's work folder. */
    @FunctionalInterface
    public interface Moves {
        void run() throws IOException;
    }

    /**
     * Runs a publish step's {@code moves} out of {@code work}, then deletes {@code work}; safe to repeat after a crash
     * at any point. Once every move is done an empty marker beside the work folder says so, and a repeat that finds it
     * only cleans up: deleting the work folder also deletes the markers that tell a repeated {@link #publish} what it
     * already moved, so a second round of moves after a crash during the deletion, or after it but before the job
     * repository recorded the step as done, would take an output whose copy and marker are both gone for one the run
     * did not produce, and remove the output just published. The marker stays until the next run under the same
     * work folder starts ({@link #clearWork}, {@link #forgetPublish}): job instance ids, which name work folders,
     * start again at 1 in a new job repository.
     */
    public static void publishOnce(Path work, Moves moves) throws IOException {
        Path published = publishedMarker(work);
        if (!Files.exists(published)) {
            moves.run();
            Files.createDirectories(published.getParent());
            Files.createFile(published);
        }
        deleteTree(work);
    }

    /** Starts a run's work: empties {@code work} and forgets an earlier publish from it ({@link #publishOnce}). */
    public static void clearWork(Path work) throws IOException {
        deleteTree(work);
        forgetPublish(work);
    }

    /**
     * Forgets an earlier publish from {@code work}. A step before the publish step calls it (directly or through
     * {@link #clearWork}): it runs only when this job instance has not published yet, so a marker there is another
     * instance's that had the same id in an earlier job repository.
     */
    public static void forgetPublish(Path work) throws IOException {
        Files.deleteIfExists(publishedMarker(work));
    }

    private static Path publishedMarker(Path work) {
        return work.resolveSibling(work.getFileName() + ".published");
    }

    private static void marker(Path marker) throws IOException {
        Files.createDirectories(marker.getParent());
        if (!Files.exists(marker)) {
            Files.createFile(marker);
        }
    }

    /** Removes {@code target} (a period that the new run has no rows for), keeping the move atomic. */
    public static void remove(Path target, Path trash) throws IOException {
        if (Files.exists(target)) {
            Files.createDirectories(trash);
            Path old = trash.resolve(target.getFileName() + "-" + UUID.randomUUID());
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        }
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    public static void deleteTreeUnchecked(Path root) {
        try {
            deleteTree(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
