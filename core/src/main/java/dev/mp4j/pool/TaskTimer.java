package dev.mp4j.pool;

import dev.mp4j.core.TimeoutError;
import dev.mp4j.core.internal.Timeouts;
import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The clock of {@link PoolOptions#taskTimeout(Duration)}: one daemon thread for every pool
 * of the JVM; a chunk's timer is cancelled when the chunk completes.
 */
final class TaskTimer {

    private static final ScheduledThreadPoolExecutor TIMER = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "mp4j-pool-timer");
        t.setDaemon(true);
        return t;
    });

    static {
        TIMER.setRemoveOnCancelPolicy(true);
    }

    private TaskTimer() {}

    /**
     * Starts the clock of {@code chunk}: when {@code timeout} per item runs out first, the
     * chunk fails with {@link TimeoutError} and {@code onTimeout} runs (it stops the worker).
     * A chunk whose total is too long for a {@code long} of nanoseconds gets no clock.
     */
    static void start(Chunk chunk, Duration timeout, Runnable onTimeout) {
        long nanos = Timeouts.nanos(timeout);
        int items = Math.max(1, chunk.size);
        long total = nanos > Long.MAX_VALUE / items ? Long.MAX_VALUE : nanos * items;
        if (Timeouts.unlimited(total)) {
            return;
        }
        chunk.timer = TIMER.schedule(() -> {
            if (chunk.completeAll(new TimeoutError("task did not finish within " + timeout
                    + (chunk.size > 1 ? " per item (chunk of " + chunk.size + ")" : "")))) {
                onTimeout.run();
            }
        }, total, TimeUnit.NANOSECONDS);
    }
}
