package dev.mp4j.core;

import dev.mp4j.core.internal.Log;

/**
 * mp4j's own log: Python's {@code multiprocessing.get_logger()} and
 * {@code log_to_stderr()}.
 *
 * <p>mp4j logs its events through {@link System.Logger}s named {@code dev.mp4j} (and
 * {@code dev.mp4j.<area>}: {@code dev.mp4j.pool}, {@code dev.mp4j.sync},
 * {@code dev.mp4j.shm}), so an application's logging backend picks them up: a process
 * starting, running and exiting with its exit code (INFO, as Python), a child JVM that could
 * not start and a pool worker lost with tasks (WARNING), a pool worker replaced (DEBUG), a
 * dead holder of a lock taken over (WARNING), the files of a dead process removed (DEBUG).
 *
 * <p>Quiet by default: with the JDK's default backend ({@code java.util.logging}) the
 * {@code dev.mp4j} logger is {@code OFF} unless {@code logging.properties} or the
 * application gives it a level, as Python's logger prints nothing until asked. mp4j hands
 * its events to the backend only once the application asks, so that a child JVM does not
 * spend the ~30 ms of starting a logging backend before its target runs: by a logging
 * configuration on the command line ({@code -Djava.util.logging.config.file=...}),
 * {@code -Dmp4j.logBackend=true}, or a call of {@link #getLogger()}; child JVMs started
 * afterwards inherit the choice.
 *
 * <pre>{@code
 * Logging.logToStderr(System.Logger.Level.INFO);
 * // [INFO/MainProcess] starting Process-1 pid 4242
 * // [INFO/Process-1] child process calling self.run()
 * // [INFO/Process-1] process shutting down
 * // [INFO/Process-1] process exiting with exitcode 0
 * }</pre>
 */
public final class Logging {

    private Logging() {}

    /** mp4j's logger, {@code dev.mp4j} (Python's {@code get_logger()}). */
    public static System.Logger getLogger() {
        return Log.logger(null);
    }

    /**
     * Makes mp4j's events at {@code level} and above print to stderr as
     * {@code [LEVEL/process name] message} (Python's {@code log_to_stderr(level)}), in this
     * JVM, in its thread workers, and in the child JVMs it starts from now on (they inherit
     * it as {@code -Dmp4j.log=LEVEL}, which also turns it on from the command line).
     * {@code OFF} turns it off. This prints besides what the logging backend does.
     *
     * @return mp4j's logger, as Python's returns it
     */
    public static System.Logger logToStderr(System.Logger.Level level) {
        Log.toStderr(level);
        return getLogger();
    }
}
