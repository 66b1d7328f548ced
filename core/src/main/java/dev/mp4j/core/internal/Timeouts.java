package dev.mp4j.core.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * mp4j's one timeout rule, and waits that follow it without overflow.
 *
 * <p>A timeout of zero or less means do not wait: 0 nanoseconds. A timeout too long for a
 * {@code long} of nanoseconds (about 292 years, where {@link Duration#toNanos()} throws) means
 * no limit: {@link Long#MAX_VALUE}, which every waiting method treats as a wait without a
 * limit, never as a deadline of {@code System.nanoTime() + nanos}.
 *
 * <pre>{@code
 * long nanos = Timeouts.nanos(timeout);
 * long start = System.nanoTime();
 * while (!done()) {
 *     long left = Timeouts.remaining(start, nanos);
 *     if (left == 0) return false;
 *     awaitAtMost(left);        // Long.MAX_VALUE: for as long as it takes
 * }
 * }</pre>
 */
public final class Timeouts {

    private Timeouts() {}

    /**
     * {@code timeout} in nanoseconds, by the rule of this class: 0 for zero or less, and
     * {@link Long#MAX_VALUE} (no limit) for a timeout longer than that.
     *
     * @throws NullPointerException if {@code timeout} is null
     */
    public static long nanos(Duration timeout) {
        return Math.max(0L, TimeUnit.NANOSECONDS.convert(Objects.requireNonNull(timeout, "timeout")));
    }

    /** Whether {@code nanos}, from {@link #nanos(Duration)}, means no limit. */
    public static boolean unlimited(long nanos) {
        return nanos == Long.MAX_VALUE;
    }

    /**
     * What is left of a wait of {@code nanos} that began at {@code start}, a
     * {@link System#nanoTime()}: 0 once it is over (at once for zero or less), and
     * {@link Long#MAX_VALUE} for a wait without a limit. Never overflows.
     */
    public static long remaining(long start, long nanos) {
        if (unlimited(nanos)) {
            return Long.MAX_VALUE;
        }
        return nanos <= 0 ? 0L : Math.max(0L, nanos - (System.nanoTime() - start));
    }
}
