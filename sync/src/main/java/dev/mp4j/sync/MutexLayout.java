package dev.mp4j.sync;

import dev.mp4j.core.internal.shm.ArenaLayout;

/**
 * The shared-memory format of a spawn-context {@link Lock} or {@link RLock}: one block of
 * kind {@code "LOCK"} (a 128-byte line of an arena file; see {@code ArenaLayout}).
 *
 * <pre>
 *   0               16      20      24      28      32              40      44      48      52      56
 *   +---------------+-------+-------+-------+-------+---------------+-------+-------+-------+-------+
 *   | block header  | holder| holder|waiters| count | owner thread  | died  | dead  | wakes | armed |
 *   | (16 bytes)    | pid   | start | int   | int   | long          | int   | holder| int   | int   |
 *   +---------------+-------+-------+-------+-------+---------------+-------+-------+-------+-------+
 *                   |<- lock word ->|
 *                   one long, set by CAS (the pid half first on little-endian)
 * </pre>
 *
 * <ul>
 *   <li><b>The lock word</b> ({@code LOCK}): 0 when free; else the holder process, its pid in
 *       the low half and its start time in epoch seconds in the high half. Acquiring is one
 *       CAS from 0 to the acquirer's word, so the holder is recorded by the very instruction
 *       that takes the lock: a process killed at any point while holding leaves its identity
 *       behind (as a Linux robust futex keeps the owner's TID in the futex word). Taking
 *       over from a dead holder is one CAS from the dead holder's word to the taker's.
 *       Changed only by CAS (and freed by an atomic exchange), read volatile.</li>
 *   <li>{@code wakes}, the futex word: a sequence that a release increments right before it
 *       wakes a sleeper. Not the lock word: a process that frees and retakes the lock writes
 *       the same pid again, and a sleeper must see every wake as a change.</li>
 *   <li>{@code armed}: 1 once a sleeper has asked for a wake, 0 once a release has claimed
 *       it (by CAS), so that a burst of releases wakes once while the woken thread gets to
 *       run (one wake in flight: {@code CrossProcessSynchronizer}'s class doc).</li>
 *   <li>{@code waiters}: threads of any process that sleep, or are about to sleep, on the
 *       futex word. A release wakes only when it is non-zero, so an uncontended release
 *       makes no system call. Changed by atomic add.</li>
 *   <li>{@code owner thread}: the holding thread's id in its process, written (opaque) by the
 *       holder after the CAS and cleared before the release; lets an RLock recognise its
 *       owner and a Condition its lock's holder. Read only by threads of the holder's
 *       process.</li>
 *   <li>{@code count}: RLock recursion depth, read and written (plain) only by the owner.</li>
 *   <li>{@code died}: 1 while the current hold was taken over from a dead holder (volatile);
 *       cleared by the final release.</li>
 *   <li>{@code dead holder}: 0 while what the lock guards is consistent; else the pid of the
 *       dead holder whose take-over made it inconsistent (the latest, if several). Written
 *       (volatile) by the take-over right after its CAS, so it is set before anyone else can
 *       hold the lock; no release clears it, only {@code Mutex.markConsistent()} under the
 *       lock. A taker killed before writing it leaves a dead holder in the lock word, whose
 *       own take-over writes it (the POSIX robust mutex's {@code EOWNERDEAD} state, which
 *       {@code pthread_mutex_consistent} ends).</li>
 * </ul>
 */
final class MutexLayout {

    static final String KIND = "LOCK";

    static final long LOCK = ArenaLayout.BLOCK_WORDS;
    static final long WAITERS = 24;
    static final long COUNT = 28;
    static final long OWNER_THREAD = 32;
    static final long DIED = 40;
    static final long DEAD_HOLDER = 44;
    static final long WAKES = 48;
    static final long ARMED = 52;
    static final long SIZE = 56;

    static final long FREE = 0;

    private MutexLayout() {}

    /** The lock word of a process: its pid in the low half, its start time in seconds in the high half. */
    static long word(long pid, long startMillis) {
        return (startMillis / 1000) << 32 | (pid & 0xFFFF_FFFFL);
    }

    static long pid(long word) {
        return word & 0xFFFF_FFFFL;
    }

    static long startMillis(long word) {
        return (word >>> 32) * 1000;
    }
}
