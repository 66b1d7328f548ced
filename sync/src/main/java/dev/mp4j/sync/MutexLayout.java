package dev.mp4j.sync;

import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;

/**
 * The shared-memory format of a spawn-context {@link Lock} or {@link RLock}: one 128-byte
 * line in the data area of a segment of kind {@code "LOCK"}.
 *
 * <pre>
 *   0       4       8               16              24      28      32              40      44       128
 *   +-------+-------+---------------+---------------+-------+-------+---------------+-------+--------+
 *   | state |waiters| owner pid     | owner thread  | count | (pad) | owner start   | died  | (pad)  |
 *   | int   | int   | long          | long          | int   |       | long          | int   |        |
 *   +-------+-------+---------------+---------------+-------+-------+---------------+-------+--------+
 * </pre>
 *
 * <ul>
 *   <li>{@code state}: 0 free, 1 held. The futex word; changed only by CAS and volatile set.</li>
 *   <li>{@code waiters}: threads of any process that sleep, or are about to sleep, on
 *       {@code state}. A release wakes only when it is non-zero, so an uncontended release
 *       makes no system call.</li>
 *   <li>{@code owner pid}, {@code owner start}, {@code owner thread}: who holds it (the
 *       process as a pid and its start time, so a reused pid is not taken for the holder),
 *       written by the holder after acquiring, the pid last with release semantics, and
 *       cleared before releasing; 0 when free. They let an RLock recognise its owner and let
 *       a waiter tell that the holder died. Taking over from a dead holder is a CAS of
 *       {@code owner pid} from the dead pid to 0: exactly one waiter wins, and then writes
 *       its own owner words as an acquire does, the pid last, so that no reader pairs the
 *       taker's pid with the dead holder's start time or thread.</li>
 *   <li>{@code count}: RLock recursion depth, read and written only by the owner.</li>
 *   <li>{@code died}: 1 while the current hold was taken over from a dead holder; cleared by
 *       the final release.</li>
 * </ul>
 */
final class MutexLayout {

    static final String KIND = "LOCK";
    static final int VERSION = 2;
    static final long SIZE = 128;

    static final long STATE = 0;
    static final long WAITERS = 4;
    static final long OWNER_PID = 8;
    static final long OWNER_THREAD = 16;
    static final long COUNT = 24;
    static final long OWNER_START = 32;
    static final long DIED = 40;

    static final int FREE = 0;
    static final int HELD = 1;

    static final VarHandle INT = ValueLayout.JAVA_INT.varHandle();
    static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();

    private MutexLayout() {}
}
