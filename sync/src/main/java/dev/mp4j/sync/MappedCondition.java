package dev.mp4j.sync;

import static dev.mp4j.sync.ConditionLayout.ELIGIBLE_BELOW;
import static dev.mp4j.sync.ConditionLayout.PERMITS;
import static dev.mp4j.sync.ConditionLayout.SEQ;
import static dev.mp4j.sync.ConditionLayout.SLEEPERS;
import static dev.mp4j.sync.ConditionLayout.TICKETS;
import static dev.mp4j.sync.ConditionLayout.WAITING;

import dev.mp4j.core.internal.shm.CrossProcessSynchronizer;
import dev.mp4j.core.internal.shm.SharedBlock;
import java.io.Serial;

/**
 * The spawn-context {@link Condition}: the ticket-and-permit scheme of {@link ConditionLayout}
 * in a block of shared memory, over a spawn {@link Lock} or {@link RLock}. Waiters of any JVM
 * sleep on the {@code seq} futex word; a notify hands out permits and wakes the sleepers, and
 * those allowed take one each: taking a permit is what a waiter "acquires".
 */
final class MappedCondition extends CrossProcessSynchronizer implements ConditionBacking {

    @Serial
    private static final long serialVersionUID = 2L;

    private final Mutex lock;

    private MappedCondition(Mutex lock, SharedBlock block) {
        super(block, SEQ, SLEEPERS, 0);
        this.lock = lock;
    }

    static MappedCondition create(Mutex lock) {
        return new MappedCondition(lock, SharedBlock.allocate(ConditionLayout.KIND, ConditionLayout.SIZE));
    }

    @Override
    protected String kind() {
        return ConditionLayout.KIND;
    }

    @Override
    protected MappedCondition attach(SharedBlock block) {
        return new MappedCondition(lock, block);
    }

    // The permits are the state a waiter acquires; its arg is its ticket.

    @Override
    protected boolean tryAcquire(long ticket) {
        while (permitFor(ticket)) {
            int permits = words.getIntVolatile(PERMITS);
            if (permits > 0 && words.compareAndSetInt(PERMITS, permits, permits - 1)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected boolean mustSleep(int seq, long ticket) {
        return !permitFor(ticket);
    }

    private boolean permitFor(long ticket) {
        return ticket < words.getLongVolatile(ELIGIBLE_BELOW) && words.getIntVolatile(PERMITS) > 0;
    }

    /** Under the lock: a new ticket, counted as waiting. */
    private long enter() {
        checkLive();
        long ticket = words.getLongVolatile(TICKETS);
        words.setLongVolatile(TICKETS, ticket + 1);
        words.getAndAddInt(WAITING, 1);
        return ticket;
    }

    /** Under the lock again, after a wait that was not notified: a permit there is for it, or it leaves uncounted. */
    private boolean leave(long ticket) {
        if (tryAcquire(ticket)) {
            return true;
        }
        words.getAndAddInt(WAITING, -1);
        return false;
    }

    /** Under the lock. */
    @Override
    public void signal(int n) {
        checkLive();
        int k = Math.min(n, words.getIntVolatile(WAITING));
        if (k <= 0) {
            return;
        }
        words.getAndAddInt(WAITING, -k);
        words.getAndAddInt(PERMITS, k);
        words.setLongVolatile(ELIGIBLE_BELOW, words.getLongVolatile(TICKETS));
        words.getAndAddInt(SEQ, 1);
        wakeWaiters(Integer.MAX_VALUE);
    }

    @Override
    public boolean await(long nanos) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        long ticket = enter();
        LockBacking backing = lock.sync;
        int depth = backing.releaseAll();
        boolean notified = false;
        boolean interrupted = false;
        try {
            notified = acquire(ticket, nanos);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            backing.restore(depth);
            if (!notified) {
                // A permit that is there for this ticket means it was notified after all;
                // otherwise it leaves uncounted, absorbing no wake-up.
                notified = leave(ticket);
            }
        }
        if (interrupted) {
            if (!notified) {
                throw new InterruptedException();
            }
            Thread.currentThread().interrupt();
        }
        return notified;
    }

}
