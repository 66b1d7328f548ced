package dev.mp4j.core.internal.shm;

import java.lang.foreign.MemorySegment;

/**
 * How a thread sleeps until a 32-bit word in shared memory changes, and how another
 * process wakes it. {@link CrossProcessSynchronizer} owns the protocol around it (the waiter
 * count, the re-check, the slices); nothing else calls a Waiter.
 *
 * <p>A sleep is bounded by {@link #MAX_SLICE_NANOS} so that the caller notices an
 * interrupt: a thread blocked in the kernel does not see {@link Thread#interrupt()}.
 */
public interface Waiter {

    /** The longest single sleep; the caller checks for interruption at least this often. */
    long MAX_SLICE_NANOS = 20_000_000L;

    /**
     * Sleeps while the word at {@code offset} holds {@code expected}, for at most
     * {@code nanos}; returns at once if it holds something else. May return spuriously.
     */
    void await(SharedWords words, long offset, int expected, long nanos);

    /**
     * Sleeps while each word {@code offsets[i]} of {@code words[i]} holds {@code expected[i]},
     * for at most {@code nanos}; returns once any holds something else, or is woken. May
     * return spuriously. This default polls the words, spinning, then yielding, then parking
     * for doubling intervals up to {@link #MAX_POLL_NANOS}: for a waiter that has nothing to
     * sleep on several words at once.
     */
    default void awaitAny(SharedWords[] words, long[] offsets, int[] expected, long nanos) {
        long start = System.nanoTime();
        long park = 1_000;
        for (int round = 0; ; round++) {
            for (int i = 0; i < words.length; i++) {
                if (words[i].getIntVolatile(offsets[i]) != expected[i]) {
                    return;
                }
            }
            long remaining = nanos - (System.nanoTime() - start);
            if (remaining <= 0 || Thread.currentThread().isInterrupted()) {
                return;
            }
            if (round < 64) {
                Thread.onSpinWait();
            } else if (round < 80) {
                Thread.yield();
            } else {
                java.util.concurrent.locks.LockSupport.parkNanos(Math.min(park, remaining));
                park = Math.min(park * 2, MAX_POLL_NANOS);
            }
        }
    }

    /** The longest park of {@link #awaitAny}'s polling. */
    long MAX_POLL_NANOS = 1_000_000L;

    /** Wakes at most {@code count} threads sleeping on the word at {@code offset}, in any process. */
    void wake(SharedWords words, long offset, int count);

    /**
     * The waiter of this JVM: the futex on Linux (x86-64 and AArch64), the backoff waiter
     * elsewhere, or whichever {@code -Dmp4j.waiter=futex|backoff} names.
     */
    static Waiter get() {
        return Waiters.SELECTED;
    }
}
