package dev.mp4j.sync;

import dev.mp4j.core.internal.serial.NotTransferableException;
import dev.mp4j.sync.spi.SemaphoreBacking;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;

/**
 * The threads-context {@link Semaphore} and {@link BoundedSemaphore}: AQS in shared mode,
 * as {@link java.util.concurrent.Semaphore} (non-fair), with the bound checked by the
 * releasing CAS.
 */
final class LocalSemaphore extends AbstractQueuedSynchronizer implements SemaphoreBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The largest value, or -1 for none. */
    private final int bound;
    private final Class<?> type;

    LocalSemaphore(int value, int bound, Class<?> type) {
        setState(value);
        this.bound = bound;
        this.type = type;
    }

    @Override
    public boolean acquire(long nanos) throws InterruptedException {
        // A free permit is taken even by an interrupted thread, as the spawn backing does:
        // only blocking throws.
        if (tryAcquireShared(1) >= 0) {
            return true;
        }
        if (nanos < 0) {
            acquireSharedInterruptibly(1);
            return true;
        }
        return nanos == 0 ? tryAcquireShared(1) >= 0 : tryAcquireSharedNanos(1, nanos);
    }

    @Override
    public void release() {
        releaseShared(1);
    }

    @Override
    public int value() {
        return getState();
    }

    @Override
    public int waiterCount() {
        return getQueueLength();
    }

    @Override
    protected int tryAcquireShared(int ignored) {
        while (true) {
            int value = getState();
            if (value == 0) {
                return -1;
            }
            if (compareAndSetState(value, value - 1)) {
                return value - 1;
            }
        }
    }

    @Override
    protected boolean tryReleaseShared(int ignored) {
        while (true) {
            int value = getState();
            if (bound >= 0 && value >= bound) {
                throw Semaphores.releasedTooManyTimes(bound);
            }
            if (value == Integer.MAX_VALUE) {
                throw new IllegalStateException("Semaphore value would overflow");
            }
            if (compareAndSetState(value, value + 1)) {
                return true;
            }
        }
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws NotTransferableException {
        throw NotTransferableException.threadsContext(type);
    }
}
