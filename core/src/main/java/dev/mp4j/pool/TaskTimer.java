package dev.mp4j.pool;

import dev.mp4j.core.TimeoutError;
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
     */
    static void start(Chunk chunk, Duration timeout, Runnable onTimeout) {
        long nanos = timeout.toNanos();
        long total = nanos > Long.MAX_VALUE / chunk.size ? Long.MAX_VALUE : nanos * Math.max(1, chunk.size);
        chunk.timer = TIMER.schedule(() -> {
            if (chunk.completeAll(new TimeoutError("task did not finish within " + timeout
                    + (chunk.size > 1 ? " per item (chunk of " + chunk.size + ")" : "")))) {
                onTimeout.run();
            }
        }, total, TimeUnit.NANOSECONDS);
    }
}
