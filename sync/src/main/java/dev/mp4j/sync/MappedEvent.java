package dev.mp4j.sync;

import static dev.mp4j.sync.EventLayout.FLAG;
import static dev.mp4j.sync.EventLayout.STATE;
import static dev.mp4j.sync.EventLayout.WAITERS;

import dev.mp4j.core.internal.shm.CrossProcessSynchronizer;
import dev.mp4j.core.internal.shm.SharedBlock;
import dev.mp4j.sync.spi.EventBacking;
import java.io.Serial;

/**
 * The spawn-context {@link Event}: a flag and a set counter in one futex word of a block of
 * shared memory ({@link EventLayout}). {@code isSet} is one volatile read, of the state and the
 * block's generation together; {@code set} is a
 * CAS and, only when someone sleeps, one wake-all call. A waiter "acquires" when the state
 * has moved from the one it started from ({@code arg}): the flag is on, or a set happened.
 */
final class MappedEvent extends CrossProcessSynchronizer implements EventBacking {

    @Serial
    private static final long serialVersionUID = 2L;

    private static final int SPINS = 100;

    private MappedEvent(SharedBlock block) {
        super(block, STATE, WAITERS, SPINS);
    }

    static MappedEvent create() {
        return new MappedEvent(SharedBlock.allocate(EventLayout.KIND, EventLayout.SIZE));
    }

    @Override
    protected String kind() {
        return EventLayout.KIND;
    }

    @Override
    protected MappedEvent attach(SharedBlock block) {
        return new MappedEvent(block);
    }

    @Override
    protected boolean tryAcquire(long start) {
        return changedSince((int) start, words.getIntVolatile(STATE));
    }

    @Override
    protected boolean mustSleep(int state, long start) {
        return !changedSince((int) start, state);
    }

    /** Whether a set happened since the (clear) state {@code start}: the count moved or the flag is on. */
    private static boolean changedSince(int start, int now) {
        return (now & ~FLAG) != (start & ~FLAG) || (now & FLAG) != 0;
    }

    @Override
    public boolean isSet() {
        return (hotWord() & FLAG) != 0;
    }

    @Override
    public void set() {
        checkLive();
        while (true) {
            int state = words.getIntVolatile(STATE);
            if ((state & FLAG) != 0) {
                return;
            }
            // Flag on and the set count up by one (bits 1..31), wrapping harmlessly.
            if (words.compareAndSetInt(STATE, state, (state + 2) | FLAG)) {
                break;
            }
        }
        wakeWaiters(Integer.MAX_VALUE);
    }

    @Override
    public void clear() {
        checkLive();
        while (true) {
            int state = words.getIntVolatile(STATE);
            if ((state & FLAG) == 0 || words.compareAndSetInt(STATE, state, state & ~FLAG)) {
                return;
            }
        }
    }

    @Override
    public boolean await(long nanos) throws InterruptedException {
        int start = hotWord();
        return (start & FLAG) != 0 || acquire(start, nanos);
    }
}
