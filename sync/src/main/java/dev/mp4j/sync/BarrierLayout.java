package dev.mp4j.sync;

import dev.mp4j.core.internal.shm.ArenaLayout;

/**
 * The shared-memory format of a spawn-context {@link Barrier}'s state: a block of kind
 * {@code "BARR"} (whole lines of an arena file; a file of its own past about 4,000 parties):
 * three words, then one 16-byte slot per party. The barrier's lock and condition are blocks
 * of their own; every word here is read and written under that lock (volatile).
 *
 * <pre>
 *   0               16      20      24      28      32
 *   +---------------+-------+-------+-------+-------+
 *   | block header  | state | count |parties| (pad) |
 *   | (16 bytes)    | int   | int   | int   |       |
 *   +---------------+-------+-------+-------+-------+
 *   32 + 16 * i:
 *   +---------------+---------------+
 *   | pid           | start millis  |   slot i: a party inside await, or 0 when free
 *   +---------------+---------------+
 * </pre>
 *
 * <ul>
 *   <li>{@code state}: CPython's: 0 filling, 1 draining, -1 resetting, -2 broken.</li>
 *   <li>{@code count}: parties inside {@code await} in this cycle.</li>
 *   <li>slots: the process of each party inside, so that the arrival that would trip the
 *       barrier, and the waiters once a slice, can tell that one died: the barrier then breaks
 *       instead of tripping or waiting forever.</li>
 * </ul>
 */
final class BarrierLayout {

    static final String KIND = "BARR";

    static final long STATE = ArenaLayout.BLOCK_WORDS;
    static final long COUNT = 20;
    static final long PARTIES = 24;
    static final long SLOTS = 32;
    static final long SLOT_SIZE = 16;

    private BarrierLayout() {}

    static long size(int parties) {
        return SLOTS + SLOT_SIZE * parties;
    }
}
