package dev.mp4j.sync;

import dev.mp4j.core.internal.shm.CrossProcessSynchronizer;
import dev.mp4j.core.internal.shm.ProcessIdentity;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    /** Until when (nanoTime) a process found alive is taken to be alive by {@link #isDeadAsOfLately}. */
    private static final Map<ProcessIdentity, Long> SEEN_ALIVE = new ConcurrentHashMap<>();

    /**
     * As {@link #isDead}, asking the OS about a process at most once every
     * {@code CrossProcessSynchronizer.CHECK_INTERVAL_NANOS}: an answer "alive" stands that
     * long. For a check on a path that may be hot (a Condition's notify), which may then take
     * a process killed within the last interval for alive.
     */
    static boolean isDeadAsOfLately(long pid, long startMillis) {
        if (pid == 0 || pid == ME.pid()) {
            return false;
        }
        ProcessIdentity process = new ProcessIdentity(pid, startMillis);
        long now = System.nanoTime();
        Long aliveUntil = SEEN_ALIVE.get(process);
        if (aliveUntil != null && aliveUntil - now > 0) {
            return false;
        }
        if (!process.isAlive()) {
            SEEN_ALIVE.remove(process);
            return true;
        }
        if (SEEN_ALIVE.size() >= 1024) {
            SEEN_ALIVE.values().removeIf(until -> until - now <= 0);
        }
        SEEN_ALIVE.put(process, now + CrossProcessSynchronizer.CHECK_INTERVAL_NANOS);
        return false;
    }
}
