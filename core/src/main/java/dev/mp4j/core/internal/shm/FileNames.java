package dev.mp4j.core.internal.shm;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Names of the files in the runtime directory: {@code <pid>-<startMillis>-<seq>.<kind>}.
 * The creator's identity is in the name, so the sweep can judge a file without opening it
 * (and can judge a half-created file, or a socket, whose header it could not read).
 */
public final class FileNames {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private FileNames() {}

    /** A fresh name, unique on this machine, for a file this process creates. */
    public static String next(String kind) {
        ProcessIdentity me = ProcessIdentity.current();
        return me.pid() + "-" + me.startMillis() + "-" + SEQUENCE.incrementAndGet() + "." + kind;
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
