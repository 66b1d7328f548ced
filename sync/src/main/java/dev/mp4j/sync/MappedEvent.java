package dev.mp4j.sync;

import static dev.mp4j.sync.EventLayout.FLAG;
import static dev.mp4j.sync.EventLayout.STATE;
import static dev.mp4j.sync.EventLayout.WAITERS;
import static dev.mp4j.sync.MutexLayout.INT;

import dev.mp4j.core.internal.shm.MappedHandle;
import dev.mp4j.core.internal.shm.Segment;
import dev.mp4j.core.internal.shm.Waiter;
import java.io.Serial;
import java.lang.foreign.MemorySegment;

/**
 * The spawn-context {@link Event}: a flag and a set counter in one futex word of a mapped
 * segment ({@link EventLayout}). {@code isSet} is one volatile read; {@code set} is a CAS and,
 * only when someone sleeps, one wake-all call.
 */
final class MappedEvent extends MappedHandle implements EventBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final int SPINS = 100;

    private final transient MemorySegment line;

    private MappedEvent(Segment segment) {
        super(segment);
        this.line = segment.data();
    }

    static MappedEvent create() {
        Segment segment = Segment.create(EventLayout.KIND, EventLayout.VERSION, EventLayout.SIZE);
        return new MappedEvent(segment);
    }

    @Override
    protected MappedEvent attach(String name) {
        return new MappedEvent(Segment.attach(name, EventLayout.KIND, EventLayout.VERSION));
    }

    @Override
    public boolean isSet() {
        return ((int) INT.getVolatile(line, STATE) & FLAG) != 0;
    }

    @Override
    public void set() {
        while (true) {
            int state = (int) INT.getVolatile(line, STATE);
            if ((state & FLAG) != 0) {
                return;
            }
            // Flag on and the set count up by one (bits 1..31), wrapping harmlessly.
            if (INT.compareAndSet(line, STATE, state, (state + 2) | FLAG)) {
                break;
            }
        }
        if ((int) INT.getVolatile(line, WAITERS) > 0) {
            Waiter.get().wake(line, STATE, Integer.MAX_VALUE);
        }
    }

    @Override
    public void clear() {
        while (true) {
            int state = (int) INT.getVolatile(line, STATE);
            if ((state & FLAG) == 0 || INT.compareAndSet(line, STATE, state, state & ~FLAG)) {
                return;
            }
        }
    }

    @Override
    public boolean await(long nanos) throws InterruptedException {
        int start = (int) INT.getVolatile(line, STATE);
        if ((start & FLAG) != 0) {
            return true;
        }
        if (nanos == 0) {
            return false;
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        for (int i = 0; i < SPINS; i++) {
            Thread.onSpinWait();
            if (changedSince(start)) {
                return true;
            }
        }
        Waiter waiter = Waiter.get();
        long deadline = System.nanoTime() + nanos;
        while (true) {
            long remaining = nanos < 0 ? Waiter.MAX_SLICE_NANOS : deadline - System.nanoTime();
            if (remaining <= 0) {
                return false;
            }
            INT.getAndAdd(line, WAITERS, 1);
            try {
                if (!changedSince(start)) {
                    waiter.await(line, STATE, start, Math.min(remaining, Waiter.MAX_SLICE_NANOS));
                }
            } finally {
                INT.getAndAdd(line, WAITERS, -1);
            }
            if (changedSince(start)) {
                return true;
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }

    /** Whether a set happened since the (clear) state {@code start} was read: the count moved or the flag is on. */
    private boolean changedSince(int start) {
        int now = (int) INT.getVolatile(line, STATE);
        return (now & ~FLAG) != (start & ~FLAG) || (now & FLAG) != 0;
    }
}
