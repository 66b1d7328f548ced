package dev.mp4j.sync;

import dev.mp4j.core.internal.shm.ProcessIdentity;

/**
 * How a waiter in shared memory tells that a holder recorded in a shared word has died.
 * Asking the OS reads {@code /proc} and costs tens of microseconds, so a waiter asks at most
 * every {@code CrossProcessSynchronizer.CHECK_INTERVAL_NANOS} of waiting, never while
 * spinning, and never on the fast path of a wake-up.
 */
final class Holders {

    static final ProcessIdentity ME = ProcessIdentity.current();

    private Holders() {}

    /**
     * Whether {@code pid}, started at {@code startMillis}, was another process that is now
     * gone. False for this process (its holders are threads, which are never "dead") and for
     * pid 0 (nobody). A start time of 0 (the OS does not tell) judges by the pid alone.
     */
    static boolean isDead(long pid, long startMillis) {
        return pid != 0 && pid != ME.pid() && !new ProcessIdentity(pid, startMillis).isAlive();
    }
}
