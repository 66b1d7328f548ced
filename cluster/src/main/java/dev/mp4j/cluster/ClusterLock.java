package dev.mp4j.cluster;

import dev.mp4j.sync.Mutex;
import dev.mp4j.sync.spi.ConditionBacking;
import java.io.Serial;
import java.util.concurrent.TimeUnit;
import org.apache.ignite.Ignite;
import org.apache.ignite.IgniteSemaphore;

/**
 * The cluster context's {@link dev.mp4j.sync.Lock}: an {@link IgniteSemaphore} of one
 * permit, failover-safe. Python's Lock is not re-entrant and any thread may release it;
 * Ignite's lock is re-entrant and bound to its owner, so it backs the RLock instead.
 */
final class ClusterLock extends ClusterMutex {

    @Serial
    private static final long serialVersionUID = 1L;

    private transient IgniteSemaphore permit;

    ClusterLock(Ignite ignite) {
        super(ignite, "lock");
        permit();
    }

    private IgniteSemaphore permit() {
        if (permit == null) {
            permit = made(ClusterStructures.Kind.SEMAPHORE, name, () -> ignite().semaphore(name, 1, true, true));
        }
        return permit;
    }

    @Override
    boolean tryTake() {
        return permit().tryAcquire();
    }

    @Override
    boolean take(long nanos) {
        if (nanos < 0) {
            permit().acquire();
            return true;
        }
        return permit().tryAcquire(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    void takeUninterruptibly() {
        permit().acquireUninterruptibly(1);
    }

    @Override
    boolean reentry() {
        return false;
    }

    @Override
    public void release() {
        deafRun(() -> {
            if (permit().availablePermits() > 0) {
                throw new IllegalMonitorStateException("release of an unlocked Lock");
            }
            untaken();
            permit().release();
        });
    }

    @Override
    public boolean isLocked() {
        return deaf(() -> permit().availablePermits() == 0);
    }

    @Override
    public boolean isHeldByCaller() {
        return deaf(() -> heldByCallerRecord());
    }

    @Override
    public int releaseAll() {
        return deaf(() -> {
            release();
            return 1;
        });
    }

    @Override
    public ConditionBacking newCondition(Mutex lock) {
        return new ClusterCondition(this);
    }
}
