package dev.mp4j.sync;

import dev.mp4j.core.internal.shm.ProcessIdentity;

/**
 * How a waiter in shared memory tells that a holder recorded in a shared word has died.
 * Asking the OS reads {@code /proc} and costs tens of microseconds, so a waiter asks at most
 * every {@link #CHECK_INTERVAL_NANOS} of waiting, never while spinning, and never on the
 * fast path of a wake-up.
 */
final class Holders {

    /** The least time between two liveness checks by one waiter. */
    static final long CHECK_INTERVAL_NANOS = 100_000_000L;

    static final ProcessIdentity ME = ProcessIdentity.current();

    private Holders() {}

    /**
     * Whether {@code pid}, started at {@code startMillis}, was another process that is now
     * gone. False for this process (its holders are threads, which are never "dead"), and
     * false when either number is 0 (unknown, or a word read while its owner was changing).
     */
    static boolean isDead(long pid, long startMillis) {
        return pid != 0 && startMillis != 0 && pid != ME.pid()
                && !new ProcessIdentity(pid, startMillis).isAlive();
    }
}
