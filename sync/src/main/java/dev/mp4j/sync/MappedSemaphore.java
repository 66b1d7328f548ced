package dev.mp4j.sync;

import static dev.mp4j.sync.SemaphoreLayout.BOUND;
import static dev.mp4j.sync.SemaphoreLayout.VALUE;
import static dev.mp4j.sync.SemaphoreLayout.WAITERS;

import dev.mp4j.core.internal.shm.CrossProcessSynchronizer;
import dev.mp4j.core.internal.shm.SharedBlock;
import dev.mp4j.sync.spi.SemaphoreBacking;
import java.io.Serial;

/**
 * The spawn-context {@link Semaphore} and {@link BoundedSemaphore}: a futex counter in a
 * block of shared memory ({@link SemaphoreLayout}).
 *
 * <p>Acquire: CAS the value down if positive; else the synchronizer's spin and sleep while it
 * is 0. Release: CAS the value up (checking the bound), then wake one sleeper if the count
 * says there is one. A woken sleeper that then leaves without a permit (timeout, interrupt)
 * passes the wake-up on, so a permit never sits unused while another sleeper sleeps on.
 */
final class MappedSemaphore extends CrossProcessSynchronizer implements SemaphoreBacking {

    @Serial
    private static final long serialVersionUID = 2L;

    private static final int SPINS = 100;

    private final transient int bound;

    private MappedSemaphore(SharedBlock block) {
        super(block, VALUE, WAITERS, SPINS);
        this.bound = words.getIntVolatile(BOUND);
    }

    static MappedSemaphore create(int value, int bound) {
        SharedBlock block = SharedBlock.allocate(SemaphoreLayout.KIND, SemaphoreLayout.SIZE);
        block.words().setIntVolatile(VALUE, value);
        block.words().setIntVolatile(BOUND, bound);
        return new MappedSemaphore(block);
    }

    @Override
    protected String kind() {
        return SemaphoreLayout.KIND;
    }

    @Override
    protected MappedSemaphore attach(SharedBlock block) {
        return new MappedSemaphore(block);
    }

    @Override
    protected boolean tryAcquire(long arg) {
        for (int value; (value = words.getIntVolatile(VALUE)) > 0; ) {
            if (words.compareAndSetInt(VALUE, value, value - 1)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected boolean mustSleep(int value, long arg) {
        return value == 0;
    }

    /** A wake-up this caller may have absorbed goes to another sleeper while permits are free. */
    @Override
    protected void onGiveUp(long arg) {
        if (words.getIntVolatile(VALUE) > 0) {
            wakeWaiters(1);
        }
    }

    @Override
    public boolean acquire(long nanos) throws InterruptedException {
        return acquire(0L, nanos);
    }

    @Override
    public void release() {
        checkLive();
        while (true) {
            int value = words.getIntVolatile(VALUE);
            if (bound >= 0 && value >= bound) {
                throw Semaphores.releasedTooManyTimes(bound);
            }
            if (value == Integer.MAX_VALUE) {
                throw new IllegalStateException("Semaphore value would overflow");
            }
            if (words.compareAndSetInt(VALUE, value, value + 1)) {
                break;
            }
        }
        wakeWaiters(1);
    }

    @Override
    public int value() {
        checkLive();
        return words.getIntVolatile(VALUE);
    }
}
