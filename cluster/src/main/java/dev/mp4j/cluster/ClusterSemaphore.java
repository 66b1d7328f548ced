package dev.mp4j.cluster;

import dev.mp4j.sync.spi.SemaphoreBacking;
import java.io.Serial;
import java.util.concurrent.TimeUnit;
import org.apache.ignite.Ignite;
import org.apache.ignite.IgniteAtomicLong;
import org.apache.ignite.IgniteLock;
import org.apache.ignite.IgniteSemaphore;

/**
 * The cluster context's {@link dev.mp4j.sync.Semaphore} and
 * {@link dev.mp4j.sync.BoundedSemaphore}: an {@link IgniteSemaphore}, failover-safe (the
 * permits a node took come back when it leaves). Ignite has no bound: a BoundedSemaphore's
 * releases take turns under an {@link IgniteLock} of their own (failover-safe too), each
 * checking the value and releasing while it holds it, so no two pass the bound together;
 * acquires, which only lower the value, need not take it.
 */
final class ClusterSemaphore extends ClusterHandle implements SemaphoreBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int initial;
    private final int bound;
    private transient IgniteSemaphore semaphore;
    private transient IgniteLock releasing;

    ClusterSemaphore(Ignite ignite, int value, int bound) {
        super(ignite, "semaphore");
        this.initial = value;
        this.bound = bound;
        semaphore();
    }

    private IgniteSemaphore semaphore() {
        if (semaphore == null) {
            semaphore = made(ClusterStructures.Kind.SEMAPHORE, name, () -> ignite().semaphore(name, initial, true, true));
        }
        return semaphore;
    }


    @Override
    public boolean acquire(long nanos) throws InterruptedException {
        return await(() -> deaf(() -> semaphore().tryAcquire()), nanos, () -> {
            IgniteAtomicLong w = waiters();
            w.incrementAndGet();
            try {
                if (nanos < 0) {
                    semaphore().acquire();
                    return true;
                }
                return semaphore().tryAcquire(nanos, TimeUnit.NANOSECONDS);
            } finally {
                w.decrementAndGet();
            }
        });
    }

    @Override
    public void release() {
        if (bound < 0) {
            deafRun(() -> semaphore().release());
            return;
        }
        deafRun(() -> {
            IgniteLock turn = releasing();
            turn.lock();
            try {
                if (semaphore().availablePermits() >= bound) {
                    throw new IllegalMonitorStateException(
                            "BoundedSemaphore released too many times: its value cannot exceed its initial value " + bound);
                }
                semaphore().release();
            } finally {
                turn.unlock();
            }
        });
    }

    /** The turn of a BoundedSemaphore's releases. */
    private IgniteLock releasing() {
        if (releasing == null) {
            releasing = made(ClusterStructures.Kind.LOCK, name + ".release",
                    () -> ignite().reentrantLock(name + ".release", true, false, true));
        }
        return releasing;
    }

    @Override
    public int value() {
        return deaf(() -> semaphore().availablePermits());
    }

    @Override
    public int waiterCount() {
        return deaf(() -> (int) waiters().get());
    }
}
