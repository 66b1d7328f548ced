package dev.mp4j.sync;

import dev.mp4j.core.internal.shm.ArenaLayout;

/**
 * The shared-memory format of a spawn-context {@link Event}: one block of kind
 * {@code "EVNT"} (a 128-byte line of an arena file).
 *
 * <pre>
 *   0       4       8       12      16
 *   +-------+-------+-------+-------+
 *   | gen   | kind  | state |waiters|
 *   | block header  | int   | int   |
 *   +-------+-------+-------+-------+
 * </pre>
 *
 * <ul>
 *   <li>{@code state}: bit 0 is the flag; the bits above count the sets (a set of a clear
 *       event adds 3: flag on, count up). The futex word: a waiter sleeps while it holds the
 *       value it read, so a set followed at once by a clear still wakes it. Changed by CAS,
 *       read volatile.</li>
 *   <li>{@code waiters}: threads of any process that sleep, or are about to, on
 *       {@code state}; a set makes a system call only when it is non-zero.</li>
 * </ul>
 */
final class EventLayout {

    static final String KIND = "EVNT";

    static final long STATE = ArenaLayout.BLOCK_WORDS;
    static final long WAITERS = 12;
    static final long SIZE = 16;

    static final int FLAG = 1;

    private EventLayout() {}
}
