package dev.mp4j.sync;

import dev.mp4j.core.internal.serial.NotTransferableException;
import dev.mp4j.sync.spi.ConditionBacking;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * The threads-context {@link Condition}: the lock's own java.util.concurrent condition
 * (AQS releases every recursion level while waiting and restores them, and skips waiters
 * that timed out when signalling).
 */
final class LocalCondition implements ConditionBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient java.util.concurrent.locks.Condition condition;
    /** How many threads wait on {@code condition} (an estimate, exact under the lock). */
    private final transient IntSupplier waiting;
    /**
     * Threads inside {@link #await}, for {@link #queueLength()}: written under the lock,
     * read without it ({@code waiting} needs the lock).
     */
    private transient volatile int waiters;

    LocalCondition(java.util.concurrent.locks.Condition condition, IntSupplier waiting) {
        this.condition = condition;
        this.waiting = waiting;
    }

    @Override
    public boolean await(long nanos) throws InterruptedException {
        waiters++;
        try {
            if (nanos < 0) {
                condition.await();
                return true;
            }
            // Not awaitNanos(...) > 0: that is the time left once the lock is back, which is
            // negative for a waiter signalled in time that then waited long for the lock.
            return condition.await(nanos, TimeUnit.NANOSECONDS);
        } finally {
            waiters--; // the lock is held again, also when interrupted
        }
    }

    @Override
    public int queueLength() {
        return waiters;
    }

    @Override
    public void signal(int n) {
        for (int i = Math.min(n, waiting.getAsInt()); i > 0; i--) {
            condition.signal();
        }
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws NotTransferableException {
        throw NotTransferableException.threadsContext(Condition.class);
    }
}
