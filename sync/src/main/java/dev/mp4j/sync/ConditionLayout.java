package dev.mp4j.sync;

import dev.mp4j.core.internal.shm.ArenaLayout;

/**
 * The shared-memory format of a spawn-context {@link Condition}: one block of kind
 * {@code "COND"} (a 128-byte line of an arena file).
 *
 * <pre>
 *   0               16      20       24       28       32              40               48
 *   +---------------+-------+--------+--------+--------+---------------+----------------+
 *   | block header  | seq   |sleepers| waiting| permits| tickets       | eligible below |
 *   | (16 bytes)    | int   | int    | int    | int    | long          | long           |
 *   +---------------+-------+--------+--------+--------+---------------+----------------+
 * </pre>
 *
 * <ul>
 *   <li>{@code seq}: the futex word; every notify increments it (atomic add).</li>
 *   <li>{@code sleepers}: threads that sleep, or are about to, on {@code seq}; a notify
 *       makes a system call only when it is non-zero.</li>
 *   <li>{@code tickets}: each wait takes the next number (under the lock; volatile).</li>
 *   <li>{@code waiting}: waiters that no notify has counted yet (under the lock; atomic add).</li>
 *   <li>{@code permits}: wake-ups handed out by notify and not yet taken; taken by CAS.</li>
 *   <li>{@code eligible below}: only a waiter whose ticket is below it may take a permit, so
 *       a wait that starts after a notify does not steal a wake-up meant for an older one.</li>
 * </ul>
 *
 * <p>Invariant under the lock: the waiters inside {@code wait} number
 * {@code waiting + permits}. A waiter that times out takes, under the lock, a permit that is
 * there for it (it was notified after all) or else decrements {@code waiting}; so a timed-out
 * waiter never absorbs a wake-up, and {@code signal(n)} wakes {@code min(n, waiting)} live ones.
 */
final class ConditionLayout {

    static final String KIND = "COND";

    static final long SEQ = ArenaLayout.BLOCK_WORDS;
    static final long SLEEPERS = 20;
    static final long WAITING = 24;
    static final long PERMITS = 28;
    static final long TICKETS = 32;
    static final long ELIGIBLE_BELOW = 40;
    static final long SIZE = 48;

    private ConditionLayout() {}
}
