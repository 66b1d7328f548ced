package dev.mp4j.bench.compare;

import dev.mp4j.core.Context;
import dev.mp4j.core.Process;

/**
 * The cost of a worker's life: make, start and join a {@link Process} that does nothing, as
 * the CPython script's {@code process_start_join_median}.
 */
final class ProcessStartJoin {

    private static final int RUNS = 10;

    private ProcessStartJoin() {}

    /** The median, in milliseconds, of {@value #RUNS} make+start+join of a no-op process. */
    static double medianMillis(Context ctx) {
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
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

    static void noop() {
        // The work of the process is nothing: only its start and end are measured.
    }
}
