package dev.mp4j.queues;

import dev.mp4j.core.InterruptedError;
import dev.mp4j.core.internal.Timeouts;
import dev.mp4j.core.internal.serial.NotTransferableException;
import dev.mp4j.queues.spi.QueueBacking;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The threads-context queues: {@link java.util.concurrent.ArrayBlockingQueue}'s design (one
 * {@link ReentrantLock}, a condition each for "not empty" and "not full") over an
 * {@link ArrayDeque} that grows, plus the task count of a joinable queue and the shutdown
 * flag. Items are held by reference; null is held as {@link #NULL}, which ArrayDeque refuses.
 *
 * <p>The lock is taken uninterruptibly (it is held only for a few field writes), so a call
 * that need not wait succeeds with the interrupt flag set; only the condition waits are
 * interruptible.
 */
final class LocalQueue implements QueueBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Object NULL = new Object();

    private final int maxsize;
    private final Class<?> type;
    private final transient ReentrantLock lock = new ReentrantLock();
    private final transient Condition notEmpty = lock.newCondition();
    private final transient Condition notFull = lock.newCondition();
    private final transient Condition allDone = lock.newCondition();
    /** Guarded by {@code lock}. */
    private final transient ArrayDeque<Object> items = new ArrayDeque<>();
    /** Guarded by {@code lock}. */
    private int unfinished;
    private volatile boolean shutdown;
    private volatile int waiters;

    LocalQueue(int maxsize, Class<?> type) {
        this.maxsize = maxsize;
        this.type = type;
    }

    @Override
    public boolean offer(Object item, long nanos) {
        lock.lock();
        try {
            checkNotShutdown();
            if (maxsize > 0 && items.size() >= maxsize) {
                if (!await(notFull, nanos, () -> {
                    checkNotShutdown();
                    return items.size() < maxsize;
                })) {
                    return false;
                }
            }
            items.addLast(item == null ? NULL : item);
            unfinished++;
            notEmpty.signal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Object poll(long nanos) {
        lock.lock();
        try {
            if (items.isEmpty()) {
                checkNotShutdown();
                if (!await(notEmpty, nanos, () -> {
                    if (items.isEmpty()) {
                        checkNotShutdown();
                        return false;
                    }
                    return true;
                })) {
                    return TIMED_OUT;
                }
            }
            Object item = items.removeFirst();
            notFull.signal();
            return item == NULL ? null : item;
        } finally {
            lock.unlock();
        }
    }

    /** A state test run under {@code lock}; may throw to end the wait. */
    private interface Ready {
        boolean now();
    }

    /** Waits on {@code condition} until {@code ready} holds, for at most {@code nanos}; under {@code lock}. */
    private boolean await(Condition condition, long nanos, Ready ready) {
        if (nanos == 0) {
            return false;
        }
        boolean unlimited = Timeouts.unlimited(nanos);
        long remaining = nanos;
        waiters++;
        try {
            do {
                if (unlimited) {
                    condition.await();
                } else if (remaining <= 0) {
                    return false;
                } else {
                    remaining = condition.awaitNanos(remaining);
                }
            } while (!ready.now());
            return true;
        } catch (InterruptedException e) {
            throw new InterruptedError(e);
        } finally {
            waiters--;
        }
    }

    private void checkNotShutdown() {
        if (shutdown) {
            throw new ShutDown(type.getSimpleName() + " is shut down");
        }
    }

    /** Under the lock, as ArrayBlockingQueue's: a count kept in a volatile field would cost every put and get a fence. */
    @Override
    public int size() {
        lock.lock();
        try {
            return items.size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int maxsize() {
        return maxsize;
    }

    @Override
    public void shutdown(boolean immediate) {
        lock.lock();
        try {
            shutdown = true;
            if (immediate) {
                // Python 3.13: the dropped items count as done, so join() returns.
                unfinished = Math.max(0, unfinished - items.size());
                items.clear();
                if (unfinished == 0) {
                    allDone.signalAll();
                }
            }
            notEmpty.signalAll();
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public void taskDone() {
        lock.lock();
        try {
            if (unfinished <= 0) {
                throw new IllegalStateException("taskDone() called more times than items were put");
            }
            if (--unfinished == 0) {
                allDone.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean join(long nanos) {
        lock.lock();
        try {
            return unfinished == 0 || await(allDone, nanos, () -> unfinished == 0);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int unfinishedTasks() {
        lock.lock();
        try {
            return unfinished;
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
        throw NotTransferableException.threadsContext(type);
    }
}
