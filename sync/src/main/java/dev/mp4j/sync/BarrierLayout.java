package dev.mp4j.sync;

/**
 * The shared-memory format of a spawn-context {@link Barrier}'s state, in a segment of kind
 * {@code "BARR"}: a line of words, then one 16-byte slot per party. The barrier's lock and
 * condition live in their own segments; every word here is read and written under that lock.
 *
 * <pre>
 *   0       4       8        12                                     128
 *   +-------+-------+--------+--------------------------------------+
 *   | state | count | parties| (padding)                            |
 *   +-------+-------+--------+--------------------------------------+
 *   128 + 16 * i:
 *   +---------------+---------------+
 *   | pid           | start millis  |   slot i: a party inside await, or 0 when free
 *   +---------------+---------------+
 * </pre>
 *
 * <ul>
 *   <li>{@code state}: CPython's: 0 filling, 1 draining, -1 resetting, -2 broken.</li>
 *   <li>{@code count}: parties inside {@code await} in this cycle.</li>
 *   <li>slots: the process of each party inside, so that a waiter can tell that one died
 *       and break the barrier instead of waiting forever.</li>
 * </ul>
 */
final class BarrierLayout {

    static final String KIND = "BARR";
    static final int VERSION = 1;

    static final long STATE = 0;
    static final long COUNT = 4;
    static final long PARTIES = 8;
    static final long SLOTS = 128;
    static final long SLOT_SIZE = 16;

    private BarrierLayout() {}

    static long size(int parties) {
        return SLOTS + SLOT_SIZE * parties;
    }
}
