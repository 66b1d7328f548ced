package dev.mp4j.sync;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** How the public classes turn a timeout into the nanoseconds their backings wait. */
final class Timeouts {

    private Timeouts() {}

    /**
     * {@code timeout} in nanoseconds: 0 for zero or less, and {@link Long#MAX_VALUE} for a
     * timeout longer than that (about 292 years), which {@link Duration#toNanos()} would
     * reject with an overflow.
     */
    static long nanos(Duration timeout) {
        return Math.max(0L, TimeUnit.NANOSECONDS.convert(timeout));
    }
}
