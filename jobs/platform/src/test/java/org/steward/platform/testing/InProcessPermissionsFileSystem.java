package org.steward.platform.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system ({@code file:}) for the tests' Spark sessions, with file modes set in this process.
 * Without Hadoop's native library, {@link RawLocalFileSystem} starts a {@code chmod} process for every file and
 * folder Spark writes (its .crc files and task folders too): thousands per test run on a 2-core machine, about
 * 10 ms each. What Spark writes is the same; only the mode is set through {@link Files} instead.
 */
public final class InProcessPermissionsFileSystem extends LocalFileSystem {

    public InProcessPermissionsFileSystem() {
        super(new RawLocalFileSystem() {
            @Override
            public void setPermission(Path path, FsPermission permission) throws IOException {
                if (permission.getStickyBit()) {
                    super.setPermission(path, permission);
                    return;
                }
                Files.setPosixFilePermissions(pathToFile(path).toPath(),
                        PosixFilePermissions.fromString(permission.toString()));
            }
        });
    }
}
