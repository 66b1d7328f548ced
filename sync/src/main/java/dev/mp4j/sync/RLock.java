package dev.mp4j.sync;

import dev.mp4j.core.Context;
import dev.mp4j.core.InterruptedError;
import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * A recursive lock, as Python's {@code multiprocessing.RLock}: owned by one thread of one
 * process, which may acquire it again; it is free once released as many times as it was
 * acquired. Only the owner may release it.
 *
 * <pre>{@code
 * RLock lock = new RLock(Context.spawn());
 * try (var _ = lock.hold()) {
 *     try (var _ = lock.hold()) {      // the owner re-enters
 *         update();
 *     }
 * }
 * }</pre>
 *
 * <p><b>Ordering.</b> Not fair.
 *
 * <p><b>Memory consistency effects:</b> actions before the final release happen-before the
 * actions after a later acquire by another owner, in any process sharing the lock.
 *
 * <p><b>Across processes.</b> The owner is a (process, thread) pair: the same thread id in
 * another JVM is another owner. In the spawn context the lock lives in a mapped file and
 * travels to child JVMs as a handle; in the threads context it is a
 * {@link java.util.concurrent.locks.ReentrantLock} and cannot travel. If the owning process
 * dies, the next acquire takes the lock over and {@link #ownerDied()} says so, as for
 * {@link Lock}.
 *
 * @see Lock
 */
public final class RLock implements Mutex, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Package-private for {@link Condition}, which releases and restores it while waiting. */
    final LockBacking sync;

    /** A recursive lock of the default context. */
    public RLock() {
        this(Context.defaultContext());
    }

    /** A recursive lock of {@code context}. */
    public RLock(Context context) {
        this.sync = SyncBackings.rlock(Objects.requireNonNull(context, "context"));
    }

    /**
     * Acquires the lock, blocking until it is free or owned by the caller.
     *
     * @throws InterruptedError if interrupted while blocked (the interrupt flag is restored)
     */
    @Override
    public void acquire() {
        acquire(-1L);
    }

    /**
     * Acquires the lock if {@code block}, as {@link #acquire()}; otherwise takes it only if
     * it is free or owned by the caller now.
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
     * Releases one level of ownership; the last release frees the lock.
     *
     * @throws IllegalMonitorStateException if the caller does not own the lock
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
        return "<RLock(" + (sync.isLocked() ? "locked" : "unlocked") + ")>";
    }
}
