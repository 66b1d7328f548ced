package dev.mp4j.bench.compare;

import dev.mp4j.core.Context;
import dev.mp4j.shared.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The cost of making many small shared values: {@value #N} {@code Value('i')}s, each with its
 * own RLock, as the CPython script {@code python_shared_bench.py}'s
 * {@code create_10k_values_median} makes {@code ctx.Value('i')} {@value #N} times.
 *
 * <p>Timed span (the same on both sides): from before the first {@code Value} is made to after
 * the last, all of them kept reachable in a list until the span ends; the list is dropped
 * afterwards, outside the span. One discarded run first, then the median of {@value #RUNS}.
 *
 * <p>The dropped values are left to the garbage collector, as a program's dropped values are
 * (no {@code System.gc()}): their files and mappings go when the collector finds them, not
 * at the drop as in CPython, whose reference counting frees them there and then.
 */
final class ValueCreation {

    static final int N = 10_000;
    private static final int RUNS = 5;

    private ValueCreation() {}

    /** The median, in milliseconds, of {@value #RUNS} runs of making {@value #N} values. */
    static double medianMillis(Context ctx) {
        once(ctx);
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            millis[i] = once(ctx);
        }
        return Samples.median(millis);
    }

    /** One run: makes {@value #N} values, keeps them until the clock is read, then drops them. */
    private static double once(Context ctx) {
        long t = System.nanoTime();
        List<Value<Integer>> values = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            values.add(Value.ofInt(ctx, 0));
        }
        double millis = (System.nanoTime() - t) / 1e6;
        if (values.size() != N || values.getLast().get() != 0) {
            throw new IllegalStateException("expected " + N + " zero values, got " + values.size());
        }
        return millis;
    }
}
