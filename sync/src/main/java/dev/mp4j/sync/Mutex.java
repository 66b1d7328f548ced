package dev.mp4j.sync;

import java.io.Serial;

/**
 * What {@link Lock} and {@link RLock} have in common, for code that takes either (as
 * Python's {@code Value(..., lock=...)} does): acquire in its three forms, release,
 * {@code hold()} for try-with-resources, and the dead-holder mark.
 *
 * <pre>{@code
 * void update(Mutex guard) {
 *     try (var _ = guard.hold()) {       // a Lock or an RLock, of either context
 *         if (guard.ownerDied()) repair();
 *         apply();
 *     }
 * }
 * }</pre>
 *
 * <p>Both are thin classes over one backing of their context ({@code LockBacking}); the
 * acquire and release code lives here once.
 */
public abstract sealed class Mutex extends Acquirer permits Lock, RLock {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Package-private for {@link Condition}, which releases and restores it while waiting. */
    final LockBacking sync;

    Mutex(LockBacking sync) {
        this.sync = sync;
    }

    @Override
    final boolean acquire(long nanos) throws InterruptedException {
        return sync.acquire(nanos);
    }

    /**
     * Releases: a Lock may be released by any thread or process; an RLock releases one level
     * of its owner's, and the last release frees it.
     *
     * @throws IllegalMonitorStateException if the lock is not held (an RLock: not owned by the caller)
     */
    @Override
    public final void release() {
        sync.release();
    }

    /** Whether any thread or process holds the lock now: a snapshot, for diagnostics. */
    public final boolean isLocked() {
        return sync.isLocked();
    }

    /**
     * The number of threads, in any process, waiting to acquire the lock now (blocked in an
     * acquire, or about to block), as {@link java.util.concurrent.locks.ReentrantLock#getQueueLength()}:
     * a snapshot for monitoring and tests, not for synchronization.
     */
    public final int getQueueLength() {
        return sync.waiterCount();
    }

    /**
     * Whether the current hold was taken over from a process that died holding the lock
     * (spawn context only: the next acquire after such a death succeeds, as a POSIX robust
     * mutex). The holder should repair the state the lock protects; the flag clears when
     * the lock is released. Always false in the threads context.
     */
    public final boolean ownerDied() {
        return sync.ownerDied();
    }

    @Override
    public String toString() {
        return "<" + getClass().getSimpleName() + "(" + (sync.isLocked() ? "locked" : "unlocked") + ")>";
    }
}
