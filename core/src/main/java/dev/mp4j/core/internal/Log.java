package dev.mp4j.core.internal;

import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How every mp4j module logs its own events: through {@link System.Logger}s named
 * {@code dev.mp4j} or {@code dev.mp4j.<area>}, and, once {@code Logging.logToStderr} was
 * called (or {@code -Dmp4j.log=LEVEL} given), to stderr in Python's format
 * {@code [INFO/Process-1] message}.
 *
 * <p>Quiet by default: when {@code System.Logger} is backed by {@code java.util.logging}
 * (the JDK's default) and nothing configures the {@code dev.mp4j} logger, it is set to
 * {@code OFF}, as Python's multiprocessing logger prints nothing until asked. A
 * {@code dev.mp4j.level} in {@code logging.properties}, a level set on that logger, or any
 * other logging backend decides instead.
 *
 * <p><b>Not API.</b>
 */
public final class Log {

    /** The name of mp4j's logger; areas are {@code dev.mp4j.<area>}. */
    public static final String ROOT = "dev.mp4j";

    /** The system property that carries the stderr level to child JVMs. */
    public static final String PROPERTY = "mp4j.log";

    /** Held: java.util.logging keeps loggers weakly, and the level set on one with them. */
    @SuppressWarnings("unused")
    private static final Object QUIET = JulDefaults.quiet();

    private static volatile Supplier<String> processName = () -> "MainProcess";
    private static volatile Level stderrLevel = fromProperty();

    private Log() {}

    /** mp4j's logger for {@code area}, or its root logger for {@code null}. */
    public static System.Logger logger(String area) {
        return System.getLogger(area == null || area.isEmpty() ? ROOT : ROOT + "." + area);
    }

    /** Logs {@code message} at {@code level} in {@code area}; never throws. */
    public static void log(String area, Level level, String message) {
        try {
            System.Logger logger = logger(area);
            if (logger.isLoggable(level)) {
                logger.log(level, message);
            }
        } catch (RuntimeException e) {
            // A failing logging backend must not break the process it reports on.
        }
        Level toStderr = stderrLevel;
        if (toStderr != null && level != Level.OFF && level.getSeverity() >= toStderr.getSeverity()) {
            PrintStream err = System.err;
            if (err != null) {
                err.println("[" + level.getName() + "/" + processName.get() + "] " + message);
            }
        }
    }

    /**
     * Makes mp4j's events at {@code level} and above print to stderr, in this JVM and in
     * the child JVMs it starts from now on; {@code OFF} stops it.
     */
    public static void toStderr(Level level) {
        Objects.requireNonNull(level, "level");
        stderrLevel = level == Level.OFF ? null : level;
        if (level == Level.OFF) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, level.getName());
        }
    }

    /** Where the name of the process that runs the caller comes from; set by core's registry. */
    public static void processName(Supplier<String> name) {
        processName = Objects.requireNonNull(name, "name");
    }

    private static Level fromProperty() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Level level = Level.valueOf(value.strip().toUpperCase(Locale.ROOT));
            return level == Level.OFF ? null : level;
        } catch (IllegalArgumentException e) {
            PrintStream err = System.err;
            if (err != null) {
                err.println("mp4j: ignoring -D" + PROPERTY + "=" + value + ": use ALL, TRACE, DEBUG, INFO, WARNING, ERROR or OFF");
            }
            return null;
        }
    }

    /** Only touches java.util.logging when it backs System.Logger (it may be absent from the runtime). */
    private static final class JulDefaults {
        private static final String JUL_FINDER = "sun.util.logging.internal.LoggingProviderImpl";

        static Object quiet() {
            try {
                if (!System.LoggerFinder.getLoggerFinder().getClass().getName().equals(JUL_FINDER)) {
                    return null;
                }
                java.util.logging.Logger jul = java.util.logging.Logger.getLogger(ROOT);
                if (jul.getLevel() == null
                        && java.util.logging.LogManager.getLogManager().getProperty(ROOT + ".level") == null) {
                    jul.setLevel(java.util.logging.Level.OFF);
                }
                return jul;
            } catch (RuntimeException | LinkageError e) {
                return null;
            }
        }
    }
}
