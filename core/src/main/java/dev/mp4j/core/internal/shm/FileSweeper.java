package dev.mp4j.core.internal.shm;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Removes files whose creator is no longer running. Called once per JVM, when the runtime
 * directory is first used; this is what makes a SIGKILLed run leak-free.
 */
public final class FileSweeper {

    private FileSweeper() {}

    /** Deletes every file in {@code dir} whose creator (from its name) is dead; returns how many. */
    public static int sweep(Path dir) {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                var creator = FileNames.creatorOf(file.getFileName().toString());
                if (creator.isPresent() && !creator.get().isAlive() && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            // A sweep is housekeeping: a file we cannot list or delete now goes next time.
        }
        return removed;
    }
}
