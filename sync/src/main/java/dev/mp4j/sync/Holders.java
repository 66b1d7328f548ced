package dev.mp4j.sync;

import dev.mp4j.core.internal.shm.ProcessIdentity;

/**
 * How a waiter in shared memory tells that a holder recorded in a shared word has died.
 * Asking the OS costs microseconds, so waiters ask only every {@link #CHECK_EVERY_SLICES}
 * sleep slices (about every 100 ms of waiting), never while spinning.
 */
final class Holders {

    /** Sleep slices (of {@code Waiter.MAX_SLICE_NANOS}) between two liveness checks. */
    static final int CHECK_EVERY_SLICES = 5;

    static final ProcessIdentity ME = ProcessIdentity.current();

    private Holders() {}

    /** Whether {@code pid} (started at {@code startMillis}) was a process that is now gone; false for 0. */
    static boolean isDead(long pid, long startMillis) {
        return pid != 0 && !new ProcessIdentity(pid, startMillis).isAlive();
    }
}
