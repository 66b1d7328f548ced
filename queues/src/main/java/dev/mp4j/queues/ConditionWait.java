package dev.mp4j.queues;

import dev.mp4j.core.internal.shm.CrossProcessSynchronizer;
import dev.mp4j.core.internal.shm.SharedBlock;
import java.io.Serial;

/**
 * A wait of a queue or a pipe for a condition over mapped words ({@link RingWaits},
 * {@link PipeWaits}): {@code tryAcquire} says whether the condition may hold and takes
 * nothing, a caller sleeps while it does not, and a change wakes every sleeper, which then
 * looks again.
 */
abstract class ConditionWait extends CrossProcessSynchronizer {

    @Serial
    private static final long serialVersionUID = 1L;

    ConditionWait(SharedBlock block, long futexWord, long waiterCount, int spins) {
        super(block, futexWord, waiterCount, spins);
    }

    @Override
    protected final boolean mustSleep(int word, long arg) {
        return !tryAcquire(arg);
    }

    /** Waits at most {@code nanos} (a Timeouts value); whether the condition may hold. */
    final boolean await(long arg, long nanos) throws InterruptedException {
        return acquire(arg, nanos);
    }

    /** Wakes every sleeper, in any process, to look again. */
    final void wake() {
        wakeWaiters(Integer.MAX_VALUE);
    }
}
