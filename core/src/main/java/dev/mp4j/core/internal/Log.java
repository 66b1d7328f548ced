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
 * <p><b>Start-up.</b> Finding the {@code System.LoggerFinder} and making a first logger
 * cost about 30 ms in a fresh JVM, which every child JVM would pay before running its
 * target. So the backend is consulted only once the application has asked for it: a
 * logging configuration given on the command line ({@code java.util.logging.config.file}
 * or {@code .class}), {@code -Dmp4j.logBackend=true}, or a call of
 * {@code Logging.getLogger()} (which child JVMs started afterwards inherit as that
 * property). Without any of these the default backend would print nothing anyway; an
 * application with another logging provider asks in one of these ways.
 *
 * <p><b>Not API.</b>
 */
public final class Log {

    /** The name of mp4j's logger; areas are {@code dev.mp4j.<area>}. */
    public static final String ROOT = "dev.mp4j";

    /** The system property that carries the stderr level to child JVMs. */
    public static final String PROPERTY = "mp4j.log";

    /** The system property that sends mp4j's events to the System.Logger backend, in child JVMs too. */
    public static final String BACKEND_PROPERTY = "mp4j.logBackend";

    private static volatile Supplier<String> processName = () -> "MainProcess";
    /** Whether the backend may want mp4j's events (see the class doc); cheap to decide. */
    private static volatile boolean backendAsked = backendConfigured();
    private static volatile Level stderrLevel = fromProperty();

    private Log() {}

    /** mp4j's logger for {@code area}, or its root logger for {@code null}; from now on events reach it. */
    public static System.Logger logger(String area) {
        if (!backendAsked) {
            backendAsked = true;
            System.setProperty(BACKEND_PROPERTY, "true");
        }
        return Backend.logger(area);
    }

    /** Logs {@code message} at {@code level} in {@code area}; never throws. */
    public static void log(String area, Level level, String message) {
        if (backendAsked) {
            try {
                System.Logger logger = Backend.logger(area);
                if (logger.isLoggable(level)) {
                    logger.log(level, message);
                }
            } catch (RuntimeException e) {
                // A failing logging backend must not break the process it reports on.
            }
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

    private static boolean backendConfigured() {
        return System.getProperty("java.util.logging.config.file") != null
                || System.getProperty("java.util.logging.config.class") != null
                || Boolean.getBoolean(BACKEND_PROPERTY);
    }

    /** The System.Logger side, initialised on first use only (see the class doc). */
    private static final class Backend {
        /** Held: java.util.logging keeps loggers weakly, and the level set on one with them. */
        @SuppressWarnings("unused")
        private static final Object QUIET = JulDefaults.quiet();

        static System.Logger logger(String area) {
            return System.getLogger(area == null || area.isEmpty() ? ROOT : ROOT + "." + area);
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
