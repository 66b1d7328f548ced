package dev.mp4j.sync;

import dev.mp4j.core.internal.serial.NotTransferableException;
import dev.mp4j.sync.spi.EventBacking;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The threads-context {@link Event}: a volatile flag (so {@code isSet} and a wait on a set
 * event cost one read) and a generation counter under a lock, as a resettable latch. A set
 * advances the generation, so a waiter that sleeps through a set and a clear still returns
 * true.
 */
final class LocalEvent implements EventBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient ReentrantLock lock = new ReentrantLock();
    private final transient java.util.concurrent.locks.Condition changed = lock.newCondition();
    private volatile boolean flag;
    /** Guarded by {@code lock}. */
    private long generation;
    /** Threads inside the wait loop; written under {@code lock}, read without it. */
    private transient volatile int waiters;

    @Override
    public boolean isSet() {
        return flag;
    }

    @Override
    public void set() {
        lock.lock();
        try {
            if (!flag) {
                flag = true;
                generation++;
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void clear() {
        flag = false;
    }

    @Override
    public boolean await(long nanos) throws InterruptedException {
        if (flag) {
            return true;
        }
        if (nanos == 0) {
            return false;
        }
        lock.lockInterruptibly();
        try {
            long start = generation;
            long remaining = nanos;
            waiters++;
            try {
                while (!flag && generation == start) {
                    if (nanos < 0) {
                        changed.await();
                    } else if (remaining <= 0) {
                        return false;
                    } else {
                        remaining = changed.awaitNanos(remaining);
                    }
                }
                return true;
            } finally {
                waiters--;
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int waiterCount() {
        return waiters;
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws NotTransferableException {
        throw NotTransferableException.threadsContext(Event.class);
    }
}
