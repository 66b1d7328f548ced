package dev.mp4j.sync;

import dev.mp4j.core.internal.serial.NotTransferableException;
import dev.mp4j.sync.spi.ConditionBacking;
import dev.mp4j.sync.spi.LockBacking;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/** The threads-context {@link RLock}: a {@link ReentrantLock}. */
final class LocalRLock implements LockBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient ReentrantLock lock = new ReentrantLock();

    @Override
    public boolean acquire(long nanos) throws InterruptedException {
        // A free lock is taken even by an interrupted thread, as the spawn backing does:
        // only blocking throws.
        if (lock.tryLock()) {
            return true;
        }
        if (nanos < 0) {
            lock.lockInterruptibly();
            return true;
        }
        return nanos == 0 ? lock.tryLock() : lock.tryLock(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void release() {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalMonitorStateException(lock.isLocked()
                    ? "cannot release an RLock held by another thread" : "cannot release an un-acquired RLock");
        }
        lock.unlock();
    }

    @Override
    public boolean isLocked() {
        return lock.isLocked();
    }

    @Override
    public int waiterCount() {
        return lock.getQueueLength();
    }

    @Override
    public boolean isHeldByCaller() {
        return lock.isHeldByCurrentThread();
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
        int depth = lock.getHoldCount();
        for (int i = 0; i < depth; i++) {
            lock.unlock();
        }
        return depth;
    }

    @Override
    public void restore(int depth) {
        for (int i = 0; i < depth; i++) {
            lock.lock();
        }
    }

    @Override
    public ConditionBacking newCondition(Mutex owner) {
        java.util.concurrent.locks.Condition condition = lock.newCondition();
        return new LocalCondition(condition, () -> lock.getWaitQueueLength(condition));
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws NotTransferableException {
        throw NotTransferableException.threadsContext(RLock.class);
    }
}
