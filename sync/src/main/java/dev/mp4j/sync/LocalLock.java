package dev.mp4j.sync;

import dev.mp4j.core.internal.serial.NotTransferableException;
import dev.mp4j.sync.spi.ConditionBacking;
import dev.mp4j.sync.spi.LockBacking;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;

/**
 * The threads-context {@link Lock}: a non-reentrant mutex on AQS that any thread may
 * release, as Python's {@code Lock} (a {@link java.util.concurrent.locks.ReentrantLock}
 * would refuse a release by another thread). The thread that acquired it last is recorded,
 * so that a {@link Condition} can insist that its waiter holds the lock.
 */
final class LocalLock extends AbstractQueuedSynchronizer implements LockBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public boolean acquire(long nanos) throws InterruptedException {
        // A free lock is taken even by an interrupted thread, as the spawn backing does:
        // only blocking throws.
        if (tryAcquire(1)) {
            return true;
        }
        if (nanos < 0) {
            acquireInterruptibly(1);
            return true;
        }
        return nanos == 0 ? tryAcquire(1) : tryAcquireNanos(1, nanos);
    }

    @Override
    public void release() {
        release(1);
    }

    @Override
    public boolean isLocked() {
        return getState() != 0;
    }

    @Override
    public int waiterCount() {
        return getQueueLength();
    }

    @Override
    public boolean isHeldByCaller() {
        return isHeldExclusively();
    }

    @Override
    public boolean ownerDied() {
        return false;
    }

    @Override
    public int deadHolder() {
        return 0; // a thread cannot die holding it without its whole process
    }

    @Override
    public void markConsistent() {}

    @Override
    public int releaseAll() {
        release(1);
        return 1;
    }

    @Override
    public void restore(int depth) {
        acquire(1);
    }

    @Override
    public ConditionBacking newCondition(Mutex lock) {
        ConditionObject condition = new ConditionObject();
        return new LocalCondition(condition, () -> getWaitQueueLength(condition));
    }

    @Override
    protected boolean tryAcquire(int ignored) {
        if (compareAndSetState(0, 1)) {
            setExclusiveOwnerThread(Thread.currentThread());
            return true;
        }
        return false;
    }

    @Override
    protected boolean tryRelease(int ignored) {
        if (getState() != 1) {
            throw new IllegalMonitorStateException("release of an unlocked Lock");
        }
        setExclusiveOwnerThread(null);
        if (!compareAndSetState(1, 0)) {
            throw new IllegalMonitorStateException("release of an unlocked Lock");
        }
        return true;
    }

    @Override
    protected boolean isHeldExclusively() {
        return getState() != 0 && getExclusiveOwnerThread() == Thread.currentThread();
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws NotTransferableException {
        throw NotTransferableException.threadsContext(Lock.class);
    }
}
