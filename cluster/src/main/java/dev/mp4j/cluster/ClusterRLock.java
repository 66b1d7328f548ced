package dev.mp4j.cluster;

import dev.mp4j.sync.Mutex;
import dev.mp4j.sync.spi.ConditionBacking;
import java.io.Serial;
import java.util.concurrent.TimeUnit;
import org.apache.ignite.Ignite;
import org.apache.ignite.IgniteLock;

/**
 * The cluster context's {@link dev.mp4j.sync.RLock}: an {@link IgniteLock}, re-entrant and
 * owned by one thread of one node, failover-safe, not fair (as Python's).
 */
final class ClusterRLock extends ClusterMutex {

    @Serial
    private static final long serialVersionUID = 1L;

    private transient IgniteLock lock;

    ClusterRLock(Ignite ignite) {
        super(ignite, "rlock");
        lock();
    }

    IgniteLock lock() {
        if (lock == null) {
            lock = made(ClusterStructures.Kind.LOCK, name, () -> ignite().reentrantLock(name, true, false, true));
        }
        return lock;
    }

    @Override
    boolean tryTake() {
        return lock().tryLock();
    }

    @Override
    boolean take(long nanos) {
        if (nanos < 0) {
            lock().lockInterruptibly();
            return true;
        }
        return lock().tryLock(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    void takeUninterruptibly() {
        lock().lock();
    }

    @Override
    boolean reentry() {
        return lock().isHeldByCurrentThread();
    }

    @Override
    public void release() {
        deafRun(() -> {
            IgniteLock l = lock();
            if (!l.isHeldByCurrentThread()) {
                throw new IllegalMonitorStateException(l.isLocked()
                        ? "cannot release an RLock held by another thread" : "cannot release an un-acquired RLock");
            }
            if (l.getHoldCount() == 1) {
                untaken();
            }
            l.unlock();
        });
    }

    @Override
    public boolean isLocked() {
        return deaf(() -> lock().isLocked());
    }

    @Override
    public boolean isHeldByCaller() {
        return deaf(() -> lock().isHeldByCurrentThread());
    }

    @Override
    public int releaseAll() {
        return deaf(() -> {
            IgniteLock l = lock();
            int depth = l.getHoldCount();
            untaken();
            for (int i = 0; i < depth; i++) {
                l.unlock();
            }
            return depth;
        });
    }

    @Override
    public ConditionBacking newCondition(Mutex owner) {
        return new ClusterCondition(this);
    }
}
