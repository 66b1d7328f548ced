package dev.mp4j.cluster;

import dev.mp4j.core.internal.Log;
import java.lang.System.Logger.Level;
import org.apache.ignite.IgniteLogger;

/**
 * Ignite's log into mp4j's ({@code -Dmp4j.log}, area {@code cluster}): its warnings and errors
 * reach stderr as mp4j's own do, its chatter stays at debug. Never quiet: Ignite prints a
 * quiet logger's lines to stdout, which is the user's.
 */
final class IgniteLog implements IgniteLogger {

    private static final String AREA = "cluster";

    @Override
    public IgniteLogger getLogger(Object ctgr) {
        return this;
    }

    @Override
    public void trace(String msg) {
        Log.log(AREA, Level.TRACE, msg);
    }

    @Override
    public void debug(String msg) {
        Log.log(AREA, Level.DEBUG, msg);
    }

    @Override
    public void info(String msg) {
        Log.log(AREA, Level.DEBUG, msg);
    }

    @Override
    public void warning(String msg, Throwable e) {
        Log.log(AREA, Level.WARNING, e == null ? msg : msg + ": " + e);
    }

    @Override
    public void error(String msg, Throwable e) {
        Log.log(AREA, Level.ERROR, e == null ? msg : msg + ": " + e);
    }

    @Override
    public boolean isTraceEnabled() {
        return asked(Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return asked(Level.DEBUG);
    }

    /** Whether {@code -Dmp4j.log} asks for {@code level}: Ignite builds its debug lines only then. */
    private static boolean asked(Level level) {
        String value = System.getProperty(Log.PROPERTY);
        try {
            return value != null && Level.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT)).getSeverity()
                    <= level.getSeverity();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public boolean isInfoEnabled() {
        return isDebugEnabled();
    }

    @Override
    public boolean isQuiet() {
        return false;
    }

    @Override
    public String fileName() {
        return null;
    }
}
