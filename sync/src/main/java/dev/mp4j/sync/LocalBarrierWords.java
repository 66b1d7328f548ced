package dev.mp4j.sync;

import dev.mp4j.core.internal.serial.NotTransferableException;
import dev.mp4j.sync.spi.BarrierWords;
import java.io.ObjectOutputStream;
import java.io.Serial;

/**
 * The threads-context {@link Barrier} state: fields written under the barrier's lock; the
 * state is volatile for a waiter that watches it, the lock released, before it sleeps.
 */
final class LocalBarrierWords implements BarrierWords {

    @Serial
    private static final long serialVersionUID = 1L;

    private volatile int state = FILLING;
    private int count;

    @Override
    public int state() {
        return state;
    }

    @Override
    public void state(int state) {
        this.state = state;
    }

    @Override
    public int count() {
        return count;
    }

    @Override
    public void count(int count) {
        this.count = count;
    }

    @Override
    public boolean spinnable() {
        return true;
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws NotTransferableException {
        throw NotTransferableException.threadsContext(Barrier.class);
    }
}
