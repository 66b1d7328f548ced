package dev.mp4j.sync;

import dev.mp4j.core.internal.shm.ArenaLayout;

/**
 * The shared-memory format of a spawn-context {@link Event}: one block of kind
 * {@code "EVNT"} (a 128-byte line of an arena file).
 *
 * <pre>
 *   0       4       8               16      20
 *   +-------+-------+---------------+-------+
 *   | gen   | state | kind, (0)     |waiters|
 *   |  block header, state in its hot word   |
 *   +-------+-------+---------------+-------+
 * </pre>
 *
 * <ul>
 *   <li>{@code state}: bit 0 is the flag; the bits above count the sets (a set of a clear
 *       event adds 3: flag on, count up). The futex word: a waiter sleeps while it holds the
 *       value it read, so a set followed at once by a clear still wakes it. Changed by CAS,
 *       read volatile. It is the block's hot word, beside the generation: {@code isSet} is one
 *       64-bit read that checks the block is live and fetches the flag.</li>
 *   <li>{@code waiters}: threads of any process that sleep, or are about to, on
 *       {@code state}; a set makes a system call only when it is non-zero.</li>
 * </ul>
 */
final class EventLayout {

    static final String KIND = "EVNT";

    static final long STATE = ArenaLayout.HOT;
    static final long WAITERS = ArenaLayout.BLOCK_WORDS;
    static final long SIZE = 20;

    static final int FLAG = 1;

    private EventLayout() {}
}
