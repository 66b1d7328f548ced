package dev.mp4j.cluster;

import dev.mp4j.sync.spi.ConditionBacking;
import java.io.Serial;
import java.util.concurrent.TimeUnit;
import org.apache.ignite.IgniteAtomicLong;
import org.apache.ignite.IgniteCondition;
import org.apache.ignite.IgniteInterruptedException;
import org.apache.ignite.IgniteLock;

/**
 * The cluster context's {@link dev.mp4j.sync.Condition}, over a cluster Lock or RLock: its
 * waiters sleep on a condition of an {@link IgniteLock} of its own. A waiter takes that
 * inner lock before it lets the user's lock go and sleeps in one step with releasing it,
 * and a signaller (who holds the user's lock) takes it to signal, so no signal falls between
 * a waiter's release and its sleep. The waiters are counted cluster-wide, so that the count
 * holds without the lock.
 */
final class ClusterCondition extends ClusterHandle implements ConditionBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    private final ClusterMutex lock;
    private transient IgniteLock inner;
    private transient IgniteCondition signalled;

    ClusterCondition(ClusterMutex lock) {
        super(lock.ignite(), "condition");
        this.lock = lock;
        inner();
    }

    private IgniteLock inner() {
        if (inner == null) {
            inner = made(ClusterStructures.Kind.LOCK, name, () -> ignite().reentrantLock(name, true, false, true));
            signalled = inner.getOrCreateCondition(name + ".signalled");
        }
        return inner;
    }


    @Override
    public boolean await(long nanos) throws InterruptedException {
        if (Thread.interrupted()) {
            // As the other contexts' conditions: an interrupted waiter throws before it lets the lock go.
            throw new InterruptedException("interrupted before waiting on a cluster Condition");
        }
        IgniteLock in = inner();
        IgniteAtomicLong w = waiters();
        w.incrementAndGet();
        in.lock();
        int depth = lock.releaseAll();
        try {
            if (nanos < 0) {
                signalled.await();
                return true;
            }
            return signalled.await(nanos, TimeUnit.NANOSECONDS);
        } catch (IgniteInterruptedException e) {
            throw interrupted(e);
        } finally {
            deafRun(() -> {
                in.unlock();
                w.decrementAndGet();
                lock.restore(depth);
            });
        }
    }

    @Override
    public void signal(int n) {
        deafRun(() -> {
            IgniteLock in = inner();
            in.lock();
            try {
                if (n >= waiters().get()) {
                    signalled.signalAll();
                } else {
                    for (int i = 0; i < n; i++) {
                        signalled.signal();
                    }
                }
            } finally {
                in.unlock();
            }
        });
    }

    @Override
    public int queueLength() {
        return deaf(() -> (int) waiters().get());
    }
}
