package dev.mp4j.cluster;

import dev.mp4j.core.internal.Timeouts;
import dev.mp4j.sync.spi.EventBacking;
import java.io.Serial;
import java.util.concurrent.TimeUnit;
import org.apache.ignite.Ignite;
import org.apache.ignite.IgniteAtomicLong;
import org.apache.ignite.IgniteCondition;
import org.apache.ignite.IgniteLock;

/**
 * The cluster context's {@link dev.mp4j.sync.Event}: a flag in an
 * {@link IgniteAtomicLong}, and waiters asleep on a condition of an {@link IgniteLock} that
 * {@code set} signals, as CPython's Event is a flag and a Condition. {@code isSet} and a
 * wait on a set flag read the flag alone.
 */
final class ClusterEvent extends ClusterHandle implements EventBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    private transient IgniteAtomicLong flag;
    private transient IgniteLock lock;
    private transient IgniteCondition setOrCleared;

    ClusterEvent(Ignite ignite) {
        super(ignite, "event");
        flag();
    }

    private IgniteAtomicLong flag() {
        if (flag == null) {
            flag = counter("flag");
        }
        return flag;
    }


    private IgniteLock lock() {
        if (lock == null) {
            lock = made(ClusterStructures.Kind.LOCK, name + ".lock", () -> ignite().reentrantLock(name + ".lock", true, false, true));
            setOrCleared = lock.getOrCreateCondition(name + ".set");
        }
        return lock;
    }

    @Override
    public boolean isSet() {
        return deaf(() -> flag().get() != 0);
    }

    @Override
    public void set() {
        deafRun(() -> {
            IgniteLock l = lock();
            l.lock();
            try {
                flag().getAndSet(1);
                setOrCleared.signalAll();
            } finally {
                l.unlock();
            }
        });
    }

    @Override
    public void clear() {
        deafRun(() -> flag().getAndSet(0));
    }

    @Override
    public boolean await(long nanos) throws InterruptedException {
        long start = System.nanoTime();
        return await(this::isSet, nanos, () -> {
            IgniteLock l = lock();
            IgniteAtomicLong w = waiters();
            w.incrementAndGet();
            try {
                l.lockInterruptibly();
                try {
                    while (flag().get() == 0) {
                        if (nanos < 0) {
                            setOrCleared.await();
                        } else {
                            long left = Timeouts.remaining(start, nanos);
                            if (left <= 0 || !setOrCleared.await(left, TimeUnit.NANOSECONDS)) {
                                return flag().get() != 0;
                            }
                        }
                    }
                    return true;
                } finally {
                    l.unlock();
                }
            } finally {
                w.decrementAndGet();
            }
        });
    }

    @Override
    public int waiterCount() {
        return deaf(() -> (int) waiters().get());
    }
}
