package dev.mp4j.core.internal.shm;

import dev.mp4j.core.internal.Timeouts;
import java.util.concurrent.locks.LockSupport;

/**
 * The portable waiter, for platforms without a futex: spin, then yield, then park for
 * doubling intervals up to {@link #MAX_PARK_NANOS}. Nothing wakes a parked thread in
 * another process, so {@link #wake} does nothing and a waker is seen within one park.
 */
final class BackoffWaiter implements Waiter {

    static final int SPINS = 64;
    static final int YIELDS = 16;
    static final long MIN_PARK_NANOS = 1_000;
    static final long MAX_PARK_NANOS = 500_000;

    @Override
    public void await(SharedWords words, long offset, int expected, long nanos) {
        long start = System.nanoTime();
        long park = MIN_PARK_NANOS;
        for (int round = 0; ; round++) {
            if (words.getIntVolatile(offset) != expected
                    || Thread.currentThread().isInterrupted()) {
                return;
            }
            long remaining = Timeouts.remaining(start, nanos);
            if (remaining <= 0) {
                return;
            }
            if (round < SPINS) {
                Thread.onSpinWait();
            } else if (round < SPINS + YIELDS) {
                Thread.yield();
            } else {
                LockSupport.parkNanos(Math.min(park, remaining));
                park = Math.min(park * 2, MAX_PARK_NANOS);
            }
        }
    }

    @Override
    public void wake(SharedWords words, long offset, int count) {
        // Sleepers poll the word; there is no one to signal.
    }
}
