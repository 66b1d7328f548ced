package dev.mp4j.sync;

import dev.mp4j.core.Context;
import dev.mp4j.core.InterruptedError;
import dev.mp4j.core.internal.Timeouts;
import dev.mp4j.core.internal.serial.NotTransferableException;
import dev.mp4j.sync.spi.ConditionBacking;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * A condition variable over a {@link Lock} or {@link RLock}, as Python's
 * {@code multiprocessing.Condition}: a holder of the lock waits until another signals it.
 *
 * <pre>{@code
 * Condition ready = new Condition(Context.spawn());     // over a new RLock
 * try (var _ = ready.hold()) {
 *     ready.waitFor(() -> queue.size() > 0, Duration.ofSeconds(5));
 * }
 * // elsewhere, in any worker:
 * try (var _ = ready.hold()) {
 *     queue.add(item);
 *     ready.signal();
 * }
 * }</pre>
 *
 * <p><b>Names.</b> Python's {@code wait}, {@code notify} and {@code notify_all} would collide
 * with {@link Object}'s final methods, so they take the names of
 * {@link java.util.concurrent.locks.Condition}: {@link #await()} and {@link #await(Duration)},
 * {@link #signal()}, {@link #signal(int) signal(n)} and {@link #signalAll()}; Python's
 * {@code wait_for} is {@link #waitFor(BooleanSupplier, Duration) waitFor(predicate, timeout)}.
 *
 * <p><b>Ordering.</b> {@link #signal(int) signal(n)} wakes at most {@code n} of the threads
 * waiting at the time of the call, in no promised order; a waiter that timed out is not
 * counted, and a wait that starts after the signal is not woken by it.
 *
 * <p><b>Memory consistency effects:</b> those of the lock: actions before releasing it
 * happen-before the actions after a later acquire, which includes returning from a wait.
 *
 * <p><b>Across processes.</b> A condition takes the context of its lock. In the spawn
 * context its state is a block of a mapped file (see {@code ConditionLayout}), it travels to
 * child JVMs as a handle together with its lock, and waiters in several JVMs and threads mix
 * freely. Beyond Python, a waiter whose process is killed inside {@code await} takes no
 * wake-up with it: each waiter's process is recorded, and a signal first forgets the waiters
 * of processes that died, so {@code signal(n)} wakes {@code n} live waiters when as many
 * wait, and no more, and {@link #getQueueLength()} stops counting the dead. A signal asks the
 * OS about each other process with waiters at most every 100 ms (an answer costs tens of
 * microseconds), so a waiter killed less than 100 ms after its process was last found alive,
 * or one of more than 14 processes waiting at once, may still be counted by a signal: the
 * wake-up it leaves goes to a waiter of a later signal, which then wakes one more than asked
 * (Python's condition has that blind spot for every dead waiter). In the threads context it
 * is the lock's java.util.concurrent condition and cannot travel.
 *
 * @see Lock
 * @see RLock
 */
public final class Condition implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Mutex lock;
    private final ConditionBacking sync;

    /** A condition over a new {@link RLock} of the default context. */
    public Condition() {
        this(new RLock());
    }

    /** A condition over a new {@link RLock} of {@code context}. */
    public Condition(Context context) {
        this(new RLock(Objects.requireNonNull(context, "context")));
    }

    /** A condition over {@code lock}, of the lock's context. */
    public Condition(Mutex lock) {
        this.lock = Objects.requireNonNull(lock, "lock");
        this.sync = lock.sync.newCondition(lock);
    }

    /** The lock this condition uses. */
    public Mutex getLock() {
        return lock;
    }

    /** Acquires the lock; see {@link Mutex#acquire()}. */
    public void acquire() {
        lock.acquire();
    }

    /** Acquires the lock within {@code timeout}; see {@link Mutex#acquire(Duration)}. */
    public boolean acquire(Duration timeout) {
        return lock.acquire(timeout);
    }

    /** Releases the lock; see {@link Mutex#release()}. */
    public void release() {
        lock.release();
    }

    /** Acquires the lock and returns the {@link Held} whose {@code close()} releases it. */
    public Held hold() {
        return lock.hold();
    }

    /**
     * Releases the lock (every recursion level of an RLock), waits until signalled, and
     * acquires the lock again with its levels restored.
     *
     * @throws IllegalMonitorStateException if the caller does not hold the lock
     * @throws InterruptedError if interrupted while waiting (the lock is held again and the
     *     interrupt flag is restored)
     */
    public void await() {
        awaitNanos(-1L);
    }

    /**
     * As {@link #await()}, for at most {@code timeout}. A timeout of zero or less releases
     * and re-acquires the lock without waiting.
     *
     * @return true if signalled, false if the timeout elapsed
     * @throws IllegalMonitorStateException if the caller does not hold the lock
     * @throws InterruptedError if interrupted while waiting (the lock is held again and the
     *     interrupt flag is restored)
     */
    public boolean await(Duration timeout) {
        return awaitNanos(Timeouts.nanos(timeout));
    }

    /**
     * Waits until {@code predicate} is true, evaluating it under the lock first and after
     * each wake-up, for at most {@code timeout} in all.
     *
     * @return the last value of the predicate (false: the timeout elapsed first)
     * @throws IllegalMonitorStateException if the caller does not hold the lock
     * @throws InterruptedError if interrupted while waiting (the lock is held again and the
     *     interrupt flag is restored)
     */
    public boolean waitFor(BooleanSupplier predicate, Duration timeout) {
        long start = System.nanoTime();
        long nanos = Timeouts.nanos(timeout);
        boolean result = predicate.getAsBoolean();
        while (!result) {
            long remaining = Timeouts.remaining(start, nanos);
            if (remaining <= 0) {
                break;
            }
            awaitNanos(remaining);
            result = predicate.getAsBoolean();
        }
        return result;
    }

    /** As {@link #waitFor(BooleanSupplier, Duration)} without a time limit. */
    public boolean waitFor(BooleanSupplier predicate) {
        boolean result = predicate.getAsBoolean();
        while (!result) {
            awaitNanos(-1L);
            result = predicate.getAsBoolean();
        }
        return true;
    }

    private boolean awaitNanos(long nanos) {
        requireHeld("wait on");
        try {
            return sync.await(nanos);
        } catch (InterruptedException e) {
            throw new InterruptedError(e);
        }
    }

    /**
     * Wakes at most {@code n} threads waiting now; none if none waits: Python's
     * {@code notify(n)}.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     * @throws IllegalMonitorStateException if the caller does not hold the lock
     */
    public void signal(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("signal(n) needs n >= 0, not " + n);
        }
        requireHeld("signal");
        sync.signal(n);
    }

    /**
     * Wakes one waiting thread, if any: Python's {@code notify()}, {@code signal(1)}.
     *
     * @throws IllegalMonitorStateException if the caller does not hold the lock
     */
    public void signal() {
        signal(1);
    }

    /**
     * Wakes every thread waiting now: Python's {@code notify_all()}.
     *
     * @throws IllegalMonitorStateException if the caller does not hold the lock
     */
    public void signalAll() {
        signal(Integer.MAX_VALUE);
    }

    /**
     * The number of threads, in any process, waiting to be signalled now (in an
     * {@code await}, having released the lock or about to), named as the JDK's
     * {@code getQueueLength()} (the lock's {@code getWaitQueueLength(condition)}); unlike
     * that one it may be called without holding the lock. A thread that was signalled and is
     * taking the lock back may still be counted, and a waiter whose process died is counted
     * until a signal finds it dead: a snapshot for monitoring and tests, not for
     * synchronization.
     */
    public int getQueueLength() {
        return sync.queueLength();
    }

    private void requireHeld(String what) {
        if (!lock.sync.isHeldByCaller()) {
            throw new IllegalMonitorStateException("cannot " + what + " a Condition whose lock the caller does not hold");
        }
    }

    @Override
    public String toString() {
        return "<Condition(" + lock + ")>";
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws java.io.IOException {
        if (sync instanceof LocalCondition) {
            throw NotTransferableException.threadsContext(Condition.class);
        }
        out.defaultWriteObject();
    }
}
