package dev.mp4j.sync;

/**
 * The shared-memory format of a spawn-context {@link Event}: one 128-byte line in a segment
 * of kind {@code "EVNT"}.
 *
 * <pre>
 *   0       4        8                                                              128
 *   +-------+--------+--------------------------------------------------------------+
 *   | state |waiters | (padding)                                                    |
 *   | int   | int    |                                                              |
 *   +-------+--------+--------------------------------------------------------------+
 * </pre>
 *
 * <ul>
 *   <li>{@code state}: bit 0 is the flag; the bits above count the sets (a set of a clear
 *       event adds 3: flag on, count up). The futex word: a waiter sleeps while it holds the
 *       value it read, so a set followed at once by a clear still wakes it.</li>
 *   <li>{@code waiters}: threads of any process that sleep, or are about to, on
 *       {@code state}; a set makes a system call only when it is non-zero.</li>
 * </ul>
 */
final class EventLayout {

    static final String KIND = "EVNT";
    static final int VERSION = 1;
    static final long SIZE = 128;

    static final long STATE = 0;
    static final long WAITERS = 4;

    static final int FLAG = 1;

    private EventLayout() {}
}
