package dev.mp4j.sync;

import dev.mp4j.core.internal.shm.ArenaLayout;

/**
 * The shared-memory format of a spawn-context {@link Condition}: one block of kind
 * {@code "COND"} (four 128-byte lines of an arena file): the counters of the wait, then a
 * record for each process with waiters inside {@code await}.
 *
 * <pre>
 *   0               16      20       24       28       32              40               48      52              64
 *   +---------------+-------+--------+--------+--------+---------------+----------------+-------+---------------+
 *   | block header  | seq   |sleepers| waiting| permits| tickets       | eligible below | fresh | (pad)         |
 *   | (16 bytes)    | int   | int    | int    | int    | long          | long           | int   |               |
 *   +---------------+-------+--------+--------+--------+---------------+----------------+-------+---------------+
 *   64 + 32 * i, i &lt; RECORDS (14): the record of a process with waiters inside, all 0 when free
 *   +---------------+---------------+-------+-------+-------+-------+
 *   | pid           | start millis  | inside| woken | fresh | (pad) |
 *   | long          | long          | int   | int   | int   |       |
 *   +---------------+---------------+-------+-------+-------+-------+
 * </pre>
 *
 * <ul>
 *   <li>{@code seq}: the futex word; every notify increments it (atomic add).</li>
 *   <li>{@code sleepers}: threads that sleep, or are about to, on {@code seq}; a notify
 *       makes a system call only when it is non-zero. A sleeper killed in its sleep stays
 *       counted: later notifies make a system call for nobody, and miss no one.</li>
 *   <li>{@code tickets}: each wait takes the next number (under the lock; volatile).</li>
 *   <li>{@code waiting}: waiters that no notify has counted yet (under the lock; atomic add).</li>
 *   <li>{@code permits}: wake-ups handed out by notify and not yet taken; taken by CAS, by
 *       any waiter allowed to. A permit belongs to no waiter in particular, so a waiter that
 *       dies leaves its wake-up to the others.</li>
 *   <li>{@code eligible below}: only a waiter whose ticket is below it may take a permit, so
 *       a wait that starts after a notify does not steal a wake-up meant for an older one.</li>
 *   <li>{@code fresh}: waiters that came since the last notify (ticket at or above
 *       {@code eligible below}), all of them in {@code waiting} (under the lock).</li>
 *   <li>A record: {@code pid} and {@code start millis}, the process (see
 *       {@code ProcessIdentity}); {@code inside}, its waiters inside {@code wait} (under the
 *       lock); {@code woken}, those of them that took a permit (atomic add: raised before the
 *       CAS that takes one and lowered if it fails, so that a waiter killed in between counts
 *       as woken, which may cost a later notify one spare wake-up, never one wake-up short);
 *       {@code fresh}, those that came since the last notify (under the lock; every notify
 *       clears it). Claimed by a process's first waiter, freed by its last (under the lock).
 *       A waiter that finds all 14 taken by live processes waits unrecorded.</li>
 * </ul>
 *
 * <p>Invariant under the lock: the waiters inside {@code wait} that have taken no permit
 * number {@code waiting + permits}. A waiter that times out takes, under the lock, a permit
 * that is there for it (it was notified after all) or else decrements {@code waiting}; so a
 * timed-out waiter never absorbs a wake-up. A notify first forgets every process whose record
 * shows waiters but which has died: its fresh waiters leave {@code waiting}; its other
 * waiters, which had no permit yet, leave {@code waiting} as far as it holds older waiters
 * ({@code waiting - fresh}) and {@code permits} for the rest. So the live waiters keep every
 * wake-up meant for them, none is left over for a later notify, and {@code signal(n)} wakes
 * {@code min(n, live waiting)}.
 */
final class ConditionLayout {

    static final String KIND = "COND";

    static final long SEQ = ArenaLayout.BLOCK_WORDS;
    static final long SLEEPERS = 20;
    static final long WAITING = 24;
    static final long PERMITS = 28;
    static final long TICKETS = 32;
    static final long ELIGIBLE_BELOW = 40;
    static final long FRESH = 48;

    /** How many processes with waiters inside are recorded at once. */
    static final int RECORDS = 14;
    static final long FIRST_RECORD = 64;
    static final long RECORD_SIZE = 32;
    /** Offsets within a record. */
    static final long PID = 0;
    static final long START_MILLIS = 8;
    static final long INSIDE = 16;
    static final long WOKEN = 20;
    static final long RECORD_FRESH = 24;

    static final long SIZE = FIRST_RECORD + RECORD_SIZE * RECORDS;

    private ConditionLayout() {}

    /** Where record {@code i} starts. */
    static long record(int i) {
        return FIRST_RECORD + RECORD_SIZE * i;
    }
}
