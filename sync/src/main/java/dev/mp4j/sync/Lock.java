package dev.mp4j.sync;

import dev.mp4j.core.Context;
import dev.mp4j.core.InterruptedError;
import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * A non-recursive lock, as Python's {@code multiprocessing.Lock}: once a thread or process
 * has acquired it, every other acquire blocks until it is released, and any thread or
 * process may release it.
 *
 * <pre>{@code
 * Lock lock = new Lock(Context.spawn());
 * try (var _ = lock.hold()) {          // Python: with lock:
 *     shared.set(shared.get() + 1);
 * }
 * }</pre>
 *
 * <p><b>Ordering.</b> Not fair: a thread that arrives while the lock is being released may
 * take it before one that slept.
 *
 * <p><b>Memory consistency effects:</b> actions before a release happen-before the actions
 * after a later successful acquire, in any thread of any process sharing the lock.
 *
 * <p><b>Across processes.</b> In the spawn context the lock is a word in a mapped file;
 * passing it to a child JVM (at start, in a task, through a queue) passes a handle, and the
 * child acquires and releases the same lock. A waiter in another JVM sleeps on the Linux
 * futex and is woken by the release. In the threads context the lock is an AQS mutex and
 * cannot be passed to a child JVM: {@code start()} fails, saying to create it with
 * {@code Context.spawn()}.
 *
 * <p><b>If a holder dies.</b> In Python a process that dies holding a lock blocks everyone
 * forever. Here the lock records its holder (pid and process start time); a waiter that
 * finds the holder dead (it checks about every 100 ms while asleep, and a non-blocking
 * acquire checks at once) takes the lock over: its acquire succeeds and {@link #ownerDied()}
 * returns true until the lock is released, so the new holder knows to repair what the lock
 * protects. A thread that ends while holding the lock in a live process is not a dead
 * holder: the lock stays held, as in Java and Python.
 *
 * @see RLock
 */
public final class Lock implements Mutex, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Package-private for {@link Condition}, which releases and restores it while waiting. */
    final LockBacking sync;

    /** A lock of the default context. */
    public Lock() {
        this(Context.defaultContext());
    }

    /** A lock of {@code context}. */
    public Lock(Context context) {
        this.sync = SyncBackings.lock(Objects.requireNonNull(context, "context"));
    }

    /**
     * Acquires the lock, blocking until it is free.
     *
     * @throws InterruptedError if interrupted while blocked (the interrupt flag is restored)
     */
    @Override
    public void acquire() {
        acquire(-1L);
    }

    /**
     * Acquires the lock if {@code block}, as {@link #acquire()}; otherwise takes it only if
     * it is free now.
     *
     * @return whether the lock was acquired
     * @throws InterruptedError if interrupted while blocked (the interrupt flag is restored)
     */
    @Override
    public boolean acquire(boolean block) {
        return acquire(block ? -1L : 0L);
    }

    /**
     * Acquires the lock, waiting at most {@code timeout}. A timeout of zero or less does not
     * wait.
     *
     * @return whether the lock was acquired
     * @throws InterruptedError if interrupted while blocked (the interrupt flag is restored)
     */
    @Override
    public boolean acquire(Duration timeout) {
        return acquire(Timeouts.nanos(timeout));
    }

    private boolean acquire(long nanos) {
        try {
            return sync.acquire(nanos);
        } catch (InterruptedException e) {
            throw new InterruptedError(e);
        }
    }

    /**
     * Releases the lock. Any thread or process may release it.
     *
     * @throws IllegalMonitorStateException if the lock is not held
     */
    @Override
    public void release() {
        sync.release();
    }

    /** Whether any thread or process holds the lock now: a snapshot, for diagnostics. */
    public boolean isLocked() {
        return sync.isLocked();
    }

    /**
     * Whether the current hold was taken over from a process that died holding the lock
     * (spawn context only: the next acquire after such a death succeeds, as a POSIX robust
     * mutex). The holder should repair the state the lock protects; the flag clears when
     * the lock is released. Always false in the threads context.
     */
    @Override
    public boolean ownerDied() {
        return sync.ownerDied();
    }

    @Override
    public String toString() {
        return "<Lock(" + (sync.isLocked() ? "locked" : "unlocked") + ")>";
    }
}
