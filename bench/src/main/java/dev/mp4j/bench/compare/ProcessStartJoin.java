package dev.mp4j.bench.compare;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;
import java.time.Duration;

/**
 * The cost of a worker's life: make, start and join a {@link Process} that does nothing, as
 * the CPython script's {@code process_start_join_median}; with a fresh child JVM each time, or
 * with a spare JVM ready at each start.
 */
final class ProcessStartJoin {

    private static final int RUNS = 10;
    /** Far longer than a boot takes, even on a loaded machine. */
    private static final Duration SPARE_BOOT_LIMIT = Duration.ofSeconds(60);

    private ProcessStartJoin() {}

    /** The median, in milliseconds, of {@value #RUNS} make+start+join of a no-op process. */
    static double medianMillis(Context ctx) {
        return medianMillis(ctx, () -> {});
    }

    /**
     * The same with one spare JVM ({@link Context#withSpares(int)}), ready at each start: the
     * spare booting behind a start is waited for before the next run and after the last, off
     * the clock, so that no boot runs beside a timed span (of mp4j, or of the CPython run that
     * follows). CPython's forkserver likewise forks each child from a server that is already up.
     */
    static double medianMillisWithSpares(Context ctx) {
        Context spares = ctx.withSpares(1);
        double median = medianMillis(spares, () -> awaitSpares(spares, 1));
        awaitSpares(spares, 1);
        return median;
    }

    private static double medianMillis(Context ctx, Runnable beforeEachRun) {
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            beforeEachRun.run();
            // As in Python, the span includes making the Process object.
            long t = System.nanoTime();
            Process p = new Process(ctx, ProcessStartJoin::noop);
            p.start();
            p.join();
            millis[i] = (System.nanoTime() - t) / 1e6;
            Checks.exitedNormally(p);
        }
        return Samples.median(millis);
    }

    /** Waits, off the clock, until {@code ctx} has {@code n} spare JVMs ready. */
    static void awaitSpares(Context ctx, int n) {
        long deadline = System.nanoTime() + SPARE_BOOT_LIMIT.toNanos();
        while (ctx.readySpares() < n) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException(n + " spare JVMs were not ready after " + SPARE_BOOT_LIMIT);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a spare JVM", e);
            }
        }
    }

    static void noop() {
        // The work of the process is nothing: only its start and end are measured.
    }
}
