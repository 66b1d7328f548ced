package dev.mp4j.sync;

import dev.mp4j.sync.spi.LockBacking;
import java.io.Serial;
import java.util.OptionalLong;

/**
 * What {@link Lock} and {@link RLock} have in common, for code that takes either (as
 * Python's {@code Value(..., lock=...)} does): acquire in its three forms, release,
 * {@code hold()} for try-with-resources, and the dead-holder marks.
 *
 * <pre>{@code
 * void update(Mutex guard) {
 *     try (var _ = guard.hold()) {       // a Lock or an RLock, of either context
 *         if (!guard.isConsistent()) {   // a holder died, perhaps mid-update
 *             repair();
 *             guard.markConsistent();
 *         }
 *         apply();
 *     }
 * }
 * }</pre>
 *
 * <p><b>If a holder dies</b> (spawn context only), the POSIX robust mutex is the model. The
 * next acquire takes the lock over and succeeds, with {@link #ownerDied()} true for that hold,
 * so the taker knows it; and the lock becomes <em>inconsistent</em> ({@link #isConsistent()}
 * false), a mark in the lock's shared memory that every process sees and that no release
 * clears, until a holder repairs what the lock guards and calls {@link #markConsistent()}.
 * A synchronized {@code Value} or {@code Array} refuses every access with an
 * {@link OwnerDiedError} while its lock is inconsistent, so a torn update is never read as
 * data.
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
     * mutex). The flag clears when the lock is released; the lock stays inconsistent
     * ({@link #isConsistent()}) until {@link #markConsistent()}. Always false in the threads
     * context.
     */
    public final boolean ownerDied() {
        return sync.ownerDied();
    }

    /**
     * Whether what the lock guards is consistent: false from the take-over of a process that
     * died holding the lock until a holder calls {@link #markConsistent()}, across any number
     * of releases, as every process sees it. Read it while holding the lock to act on it;
     * {@code Value} and {@code Array} check it at every access. Always true in the threads
     * context.
     */
    public final boolean isConsistent() {
        return sync.deadHolder() == 0;
    }

    /**
     * The pid of the process whose death while holding the lock made it inconsistent (the
     * latest, if several died); empty while the lock is consistent.
     */
    public final OptionalLong deadHolderPid() {
        int pid = sync.deadHolder();
        return pid == 0 ? OptionalLong.empty() : OptionalLong.of(pid);
    }

    /**
     * Declares what the lock guards repaired after a holder died (POSIX's
     * {@code pthread_mutex_consistent}): {@link #isConsistent()} is true again, in every
     * process. Call it while holding the lock, once the repair is written. On a consistent
     * lock it changes nothing.
     *
     * @throws IllegalMonitorStateException if the calling thread does not hold the lock
     */
    public final void markConsistent() {
        if (!sync.isHeldByCaller()) {
            throw new IllegalMonitorStateException("markConsistent() needs the lock held by the calling thread: "
                    + "hold it, repair what it guards, then mark it consistent");
        }
        sync.markConsistent();
    }

    @Override
    public String toString() {
        return "<" + getClass().getSimpleName() + "(" + (sync.isLocked() ? "locked" : "unlocked") + ")>";
    }
}
