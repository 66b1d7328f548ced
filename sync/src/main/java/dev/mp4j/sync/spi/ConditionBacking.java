package dev.mp4j.sync.spi;

import java.io.Serializable;

/**
 * The mechanics behind {@link dev.mp4j.sync.Condition}, one implementation per context. The caller holds
 * the lock (checked by {@link dev.mp4j.sync.Condition}) for every call.
 */
public interface ConditionBacking extends Serializable {

    /**
     * Releases the lock (every level), waits to be signalled for at most {@code nanos}
     * ({@code < 0}: no limit), and takes the lock back.
     *
     * @return whether signalled (false: timed out)
     * @throws InterruptedException if interrupted before being signalled; the lock is held again
     */
    boolean await(long nanos) throws InterruptedException;

    /** Wakes at most {@code n} of the threads waiting now. */
    void signal(int n);

    /**
     * The number of threads, in any process, waiting to be signalled now, or about to: a
     * snapshot for monitoring and tests, not for synchronization. Callable without the lock.
     * (Not {@code waiterCount()}: in the spawn context that is the synchronizer's count of
     * sleepers, which a waiter killed in its sleep never lowers.)
     */
    int queueLength();
}
