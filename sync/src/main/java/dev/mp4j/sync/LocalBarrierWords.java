package dev.mp4j.sync;

import dev.mp4j.core.internal.serial.NotTransferableException;
import dev.mp4j.sync.spi.BarrierWords;
import java.io.ObjectOutputStream;
import java.io.Serial;

/** The threads-context {@link Barrier} state: plain fields, guarded by the barrier's lock. */
final class LocalBarrierWords implements BarrierWords {

    @Serial
    private static final long serialVersionUID = 1L;

    private int state = FILLING;
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



    @Serial
    private void writeObject(ObjectOutputStream out) throws NotTransferableException {
        throw NotTransferableException.threadsContext(Barrier.class);
    }
}
