package dev.mp4j.sync;

import static dev.mp4j.sync.MutexLayout.INT;
import static dev.mp4j.sync.SemaphoreLayout.BOUND;
import static dev.mp4j.sync.SemaphoreLayout.VALUE;
import static dev.mp4j.sync.SemaphoreLayout.WAITERS;

import dev.mp4j.core.internal.shm.MappedHandle;
import dev.mp4j.core.internal.shm.Segment;
import dev.mp4j.core.internal.shm.Waiter;
import java.io.Serial;
import java.lang.foreign.MemorySegment;

/**
 * The spawn-context {@link Semaphore} and {@link BoundedSemaphore}: a futex counter in a
 * mapped segment ({@link SemaphoreLayout}).
 *
 * <p>Acquire: CAS the value down if positive; else spin a little; else sleep on the value
 * while it is 0, announced in the waiter count. Release: CAS the value up (checking the
 * bound), then wake one sleeper if the count says there is one. A woken sleeper that then
 * leaves without a permit (timeout, interrupt) passes the wake-up on, so a permit never
 * sits unused while another sleeper sleeps on.
 */
final class MappedSemaphore extends MappedHandle implements SemaphoreBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final int SPINS = 100;

    private final transient MemorySegment line;
    private final transient int bound;

    private MappedSemaphore(Segment segment) {
        super(segment);
        this.line = segment.data();
        this.bound = (int) INT.getVolatile(line, BOUND);
    }

    static MappedSemaphore create(int value, int bound) {
        Segment segment = Segment.create(SemaphoreLayout.KIND, SemaphoreLayout.VERSION, SemaphoreLayout.SIZE);
        INT.setVolatile(segment.data(), VALUE, value);
        INT.setVolatile(segment.data(), BOUND, bound);
        return new MappedSemaphore(segment);
    }

    @Override
    protected MappedSemaphore attach(String name) {
        return new MappedSemaphore(Segment.attach(name, SemaphoreLayout.KIND, SemaphoreLayout.VERSION));
    }

    private boolean tryAcquire() {
        while (true) {
            int value = (int) INT.getVolatile(line, VALUE);
            if (value <= 0) {
                return false;
            }
            if (INT.compareAndSet(line, VALUE, value, value - 1)) {
                return true;
            }
        }
    }

    @Override
    public boolean acquire(long nanos) throws InterruptedException {
        if (tryAcquire()) {
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
            if (tryAcquire()) {
                return true;
            }
        }
        Waiter waiter = Waiter.get();
        long deadline = System.nanoTime() + nanos;
        boolean woken = false;
        try {
            while (true) {
                long remaining = nanos < 0 ? Waiter.MAX_SLICE_NANOS : deadline - System.nanoTime();
                if (remaining <= 0) {
                    return false;
                }
                INT.getAndAdd(line, WAITERS, 1);
                try {
                    if ((int) INT.getVolatile(line, VALUE) == 0) {
                        waiter.await(line, VALUE, 0, Math.min(remaining, Waiter.MAX_SLICE_NANOS));
                    }
                } finally {
                    INT.getAndAdd(line, WAITERS, -1);
                }
                woken = true;
                if (tryAcquire()) {
                    woken = false;
                    return true;
                }
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
        } finally {
            if (woken && (int) INT.getVolatile(line, VALUE) > 0 && (int) INT.getVolatile(line, WAITERS) > 0) {
                waiter.wake(line, VALUE, 1);
            }
        }
    }

    @Override
    public void release() {
        while (true) {
            int value = (int) INT.getVolatile(line, VALUE);
            if (bound >= 0 && value >= bound) {
                throw Semaphores.releasedTooManyTimes(bound);
            }
            if (value == Integer.MAX_VALUE) {
                throw new IllegalStateException("Semaphore value would overflow");
            }
            if (INT.compareAndSet(line, VALUE, value, value + 1)) {
                break;
            }
        }
        if ((int) INT.getVolatile(line, WAITERS) > 0) {
            Waiter.get().wake(line, VALUE, 1);
        }
    }

    @Override
    public int value() {
        return (int) INT.getVolatile(line, VALUE);
    }
}
