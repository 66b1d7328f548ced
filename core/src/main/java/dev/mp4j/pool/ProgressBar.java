package dev.mp4j.pool;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A {@link ProgressListener} that draws a progress bar with the rate and the time left.
 * On a terminal it redraws one line in place (at most 20 times a second); otherwise it
 * prints a plain line at each tenth of the way (every two seconds while the total is not
 * known), so logs stay readable.
 *
 * <pre>{@code
 * pool.map(fn, items, MapOptions.defaults().chunksize(10).progress(new ProgressBar("squares")));
 * // squares [##########..........]  50%  500/1000  failed 0  1234.5/s  ETA 0:00:01
 * }</pre>
 *
 * <p>Thread-safe: pool threads may report concurrently.
 */
public final class ProgressBar implements ProgressListener {

    private static final int WIDTH = 20;
    private static final long REDRAW_NANOS = 50_000_000L;
    private static final long PLAIN_UNKNOWN_NANOS = 2_000_000_000L;

    private final String label;
    private final PrintStream out;
    private final boolean terminal;
    private final long started = System.nanoTime();
    /** Guarded by this. */
    private long lastDrawn = Long.MIN_VALUE;
    private long lastTenth = -1;
    private boolean finished;

    /** A bar on {@code System.out}, redrawn in place when it is a terminal. */
    public ProgressBar(String label) {
        this(label, System.out, System.console() != null && System.console().isTerminal());
    }

    /** A bar on {@code out}; {@code terminal} chooses in-place redraws over plain lines. */
    public ProgressBar(String label, PrintStream out, boolean terminal) {
        this.label = label;
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public synchronized void progress(long done, long total, long failed) {
        if (finished) {
            return;
        }
        long now = System.nanoTime();
        boolean last = total >= 0 && done >= total;
        if (terminal) {
            if (last || now - lastDrawn >= REDRAW_NANOS) {
                out.print("\r" + render(done, total, failed, now - started) + (last ? "\n" : ""));
                out.flush();
                lastDrawn = now;
            }
        } else if (total > 0) {
            long tenth = done * 10 / total;
            if (tenth != lastTenth) {
                out.println(render(done, total, failed, now - started));
                lastTenth = tenth;
            }
        } else if (last || now - lastDrawn >= PLAIN_UNKNOWN_NANOS) {
            out.println(render(done, total, failed, now - started));
            lastDrawn = now;
        }
        finished = last;
    }

    /** One line of the bar: label, bar, percent, counts, rate and ETA (when the total is known). */
    String render(long done, long total, long failed, long elapsedNanos) {
        double seconds = Math.max(elapsedNanos, 1) / 1e9;
        double rate = done / seconds;
        StringBuilder s = new StringBuilder(label).append(' ');
        if (total >= 0) {
            int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
            s.append('[').append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append(']');
            s.append(String.format(Locale.ROOT, " %3d%%  %d/%d", total == 0 ? 100 : done * 100 / total, done, total));
        } else {
            s.append(done).append("/?");
        }
        s.append("  failed ").append(failed).append(String.format(Locale.ROOT, "  %.1f/s", rate));
        if (total >= 0 && rate > 0) {
            long left = (long) Math.ceil((total - done) / rate);
            s.append(String.format(Locale.ROOT, "  ETA %d:%02d:%02d", left / 3600, left / 60 % 60, left % 60));
        }
        return s.toString();
    }
}
