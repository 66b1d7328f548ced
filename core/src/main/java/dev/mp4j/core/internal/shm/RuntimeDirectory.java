package dev.mp4j.core.internal.shm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The per-user directory that holds every mp4j file of this machine: mapped segments and
 * the control sockets of child JVMs. On Linux it is {@code /dev/shm/mp4j-<user>} (memory,
 * not disk); elsewhere {@code <java.io.tmpdir>/mp4j-<user>}; {@code -Dmp4j.runtimeDir}
 * overrides both. Mode 0700: other users can neither list nor open our files.
 *
 * <p>The first use in a JVM sweeps the directory of files whose creator is dead (see
 * {@link FileSweeper}), so even a run that was SIGKILLed leaves nothing behind once any
 * later mp4j process has started.
 */
public final class RuntimeDirectory {

    private static final Path PATH = create();

    private RuntimeDirectory() {}

    /** The directory, created and swept on first use. */
    public static Path path() {
        return PATH;
    }

    private static Path create() {
        String override = System.getProperty("mp4j.runtimeDir");
        Path dir;
        if (override != null && !override.isBlank()) {
            dir = Path.of(override);
        } else {
            String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
            Path shm = Path.of("/dev/shm");
            Path base = Files.isDirectory(shm) && Files.isWritable(shm)
                    ? shm : Path.of(System.getProperty("java.io.tmpdir"));
            dir = base.resolve("mp4j-" + user);
        }
        try {
            try {
                Files.createDirectories(dir.getParent());
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
                    throw new IOException(dir + " exists but is not a writable directory of this user");
                }
            }
        } catch (UnsupportedOperationException e) {
            try {
                Files.createDirectories(dir);
            } catch (IOException io) {
                throw new UncheckedIOException("cannot create the mp4j runtime directory " + dir, io);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the mp4j runtime directory " + dir, e);
        }
        FileSweeper.sweep(dir);
        return dir;
    }
}
