package dev.mp4j.core.internal.spawn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The moments of a child JVM's start-up, for the bench's {@code startup} breakdown: with
 * {@code -Dmp4j.startupPhases=<file>}, a child notes {@link System#nanoTime()} (one clock for
 * every process of the machine) at each phase and appends them to the file as one line,
 * {@code phase=nanos ...}; otherwise (or set empty) each call is one read of a static field.
 */
public final class StartupPhases {

    public static final String PROPERTY = "mp4j.startupPhases";
    private static final String FILE = System.getProperty(PROPERTY, "");
    private static final StringBuilder LINE = FILE.isEmpty() ? null : new StringBuilder();

    private StartupPhases() {}

    /** Notes that {@code phase} ended now. */
    public static void mark(String phase) {
        if (LINE != null) {
            long now = System.nanoTime();
            synchronized (LINE) {
                LINE.append(phase).append('=').append(now).append(' ');
            }
        }
    }

    /** Appends the phases noted to the file, if asked. */
    public static void write() {
        if (LINE == null) {
            return;
        }
        try {
            synchronized (LINE) {
                Files.writeString(Path.of(FILE), LINE.toString().strip() + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            System.err.println("mp4j: cannot write the start-up phases to " + FILE + ": " + e);
        }
    }
}
