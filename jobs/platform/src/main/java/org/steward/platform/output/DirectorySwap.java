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
