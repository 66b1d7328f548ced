package dev.mp4j.core.internal.shm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files this JVM created and has not removed yet. A shutdown hook removes them at
 * exit, normal or by {@code System.exit} or SIGTERM; after a SIGKILL the next mp4j start-up
 * does it instead ({@link FileSweeper}).
 */
public final class OwnedFiles {

    private static final Set<Path> FILES = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(OwnedFiles::removeAll, "mp4j-file-cleanup"));
    }

    private OwnedFiles() {}

    /** Records a file to remove at exit. */
    public static void add(Path file) {
        FILES.add(file);
    }

    /** Whether this JVM created {@code file} and has not removed it yet. */
    public static boolean contains(Path file) {
        return FILES.contains(file);
    }

    /** Removes a file now, and forgets it. */
    public static void remove(Path file) {
        FILES.remove(file);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Still ours by name: the sweep of a later start-up removes it.
        }
    }

    /** How many files this JVM owns now (for tests and diagnostics). */
    public static int count() {
        return FILES.size();
    }

    private static void removeAll() {
        for (Path file : FILES) {
            remove(file);
        }
    }
}
