package dev.mp4j.core.internal.shm;

import java.lang.foreign.MemorySegment;

/**
 * How a thread sleeps until a 32-bit word in shared memory changes, and how another
 * process wakes it. Callers own the protocol around it: they keep a waiter count beside
 * the word so that a release with no sleeper makes no call to {@link #wake}, and they
 * call {@link #await} in a loop, because it may return early for any reason:
 *
 * <pre>{@code
 * while (!tryAcquire()) {
 *     waiters.getAndAdd(1);
 *     try {
 *         if (word == BUSY) waiter.await(segment, WORD, BUSY, Math.min(remaining, Waiter.MAX_SLICE_NANOS));
 *     } finally {
 *         waiters.getAndAdd(-1);
 *     }
 *     if (Thread.interrupted()) throw new InterruptedException();
 * }
 * }</pre>
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
    void await(MemorySegment segment, long offset, int expected, long nanos);

    /** Wakes at most {@code count} threads sleeping on the word at {@code offset}, in any process. */
    void wake(MemorySegment segment, long offset, int count);

    /**
     * The waiter of this JVM: the futex on Linux (x86-64 and AArch64), the backoff waiter
     * elsewhere, or whichever {@code -Dmp4j.waiter=futex|backoff} names.
     */
    static Waiter get() {
        return Waiters.SELECTED;
    }
}
