package dev.mp4j.core.internal.shm;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Names of the files in the runtime directory: {@code <pid>-<startMillis>-<seq>.<kind>}.
 * The creator's identity is in the name, so the sweep can judge a file without opening it
 * (and can judge a half-created file, or a socket, whose header it could not read).
 *
 * <p>Named blocks (user-visible names, such as those of {@code SharedMemory}) are the one
 * exception: their file is {@code shm.<name>}, so that any process can find it by name, and
 * their creator is read from the segment header ({@link FileSweeper#creatorOf(java.nio.file.Path)}). A
 * named file becomes visible only with its header complete.
 */
public final class FileNames {

    /** The prefix of named blocks' files; no {@code <pid>-...} name starts with it. */
    static final String NAMED_PREFIX = "shm.";

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private FileNames() {}

    /** A fresh name, unique on this machine, for a file this process creates. */
    public static String next(String kind) {
        ProcessIdentity me = ProcessIdentity.current();
        return me.pid() + "-" + me.startMillis() + "-" + SEQUENCE.incrementAndGet() + "." + kind;
    }

    /** The file name of the named block {@code name} (already validated by its owner class). */
    public static String named(String name) {
        return NAMED_PREFIX + name;
    }

    /** Whether {@code fileName} is an arena file's ({@link ArenaLayout}). */
    public static boolean isArena(String fileName) {
        return fileName.endsWith("." + ArenaLayout.KIND.toLowerCase());
    }

    /** Whether {@code fileName} is a named block's, whose creator is in its header. */
    public static boolean isNamed(String fileName) {
        return fileName.startsWith(NAMED_PREFIX);
    }

    /** The creator named by a file name, or empty when the name is not one of ours. */
    public static Optional<ProcessIdentity> creatorOf(String fileName) {
        String[] parts = fileName.split("[-.]", 4);
        if (parts.length < 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ProcessIdentity(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
