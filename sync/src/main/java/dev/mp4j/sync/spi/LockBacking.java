package dev.mp4j.sync.spi;

import dev.mp4j.sync.Mutex;
import java.io.Serializable;

/** The mechanics behind {@link dev.mp4j.sync.Lock} and {@link dev.mp4j.sync.RLock}, one implementation per context. */
public interface LockBacking extends Serializable {

    /**
     * Acquires. {@code nanos < 0} blocks until acquired; 0 tries once; otherwise waits at most
     * that long.
     *
     * @throws InterruptedException if interrupted while blocking
     */
    boolean acquire(long nanos) throws InterruptedException;

    /**
     * Releases.
     *
     * @throws IllegalMonitorStateException if not held (or, for a recursive lock, not held by the caller)
     */
    void release();

    /** Whether some thread or process holds it now (a snapshot, for diagnostics). */
    boolean isLocked();

    /**
     * The number of threads, in any process, blocked acquiring it now, or about to block:
     * a snapshot for monitoring and tests, not for synchronization.
     */
    int waiterCount();

    /** Whether the calling thread holds it (the thread that acquired it last). */
    boolean isHeldByCaller();

    /** Whether the current hold was taken over from a process that died holding it. */
    boolean ownerDied();

    /**
     * 0 while what the lock guards is consistent; else the pid of the dead holder whose
     * take-over made it inconsistent. Survives releases, until {@link #markConsistent()}.
     */
    int deadHolder();

    /** Clears the inconsistent mark; the caller holds the lock (checked by {@link Mutex}). */
    void markConsistent();

    /** Releases every recursion level held by the caller (who holds it); returns their number. */
    int releaseAll();

    /**
     * Acquires again, blocking without interruption, and restores {@code depth} levels; a
     * pending interrupt is left set.
     */
    void restore(int depth);

    /** A condition variable bound to this lock, which {@code lock} wraps. */
    ConditionBacking newCondition(Mutex lock);
}
