package dev.mp4j.sync;

import static dev.mp4j.sync.ConditionLayout.ELIGIBLE_BELOW;
import static dev.mp4j.sync.ConditionLayout.PERMITS;
import static dev.mp4j.sync.ConditionLayout.SEQ;
import static dev.mp4j.sync.ConditionLayout.SLEEPERS;
import static dev.mp4j.sync.ConditionLayout.TICKETS;
import static dev.mp4j.sync.ConditionLayout.WAITING;
import static dev.mp4j.sync.MutexLayout.INT;
import static dev.mp4j.sync.MutexLayout.LONG;

import dev.mp4j.core.internal.shm.MappedHandle;
import dev.mp4j.core.internal.shm.Segment;
import dev.mp4j.core.internal.shm.Waiter;
import java.io.Serial;
import java.lang.foreign.MemorySegment;

/**
 * The spawn-context {@link Condition}: the ticket-and-permit scheme of {@link ConditionLayout}
 * in a mapped segment, over a spawn {@link Lock} or {@link RLock}. Waiters of any JVM sleep
 * on the {@code seq} futex word; a notify hands out permits and wakes the sleepers, and
 * those allowed take one each.
 */
final class MappedCondition extends MappedHandle implements ConditionBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Mutex lock;
    private final transient MemorySegment line;

    private MappedCondition(Mutex lock, Segment segment) {
        super(segment);
        this.lock = lock;
        this.line = segment.data();
    }

    static MappedCondition create(Mutex lock) {
        Segment segment = Segment.create(ConditionLayout.KIND, ConditionLayout.VERSION, ConditionLayout.SIZE);
        return new MappedCondition(lock, segment);
    }

    @Override
    protected MappedCondition attach(String name) {
        return new MappedCondition(lock, Segment.attach(name, ConditionLayout.KIND, ConditionLayout.VERSION));
    }

    private LockBacking backing() {
        return Condition.backingOf(lock);
    }

    @Override
    public boolean await(long nanos) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        long ticket = (long) LONG.getVolatile(line, TICKETS);
        LONG.setVolatile(line, TICKETS, ticket + 1);
        INT.getAndAdd(line, WAITING, 1);
        LockBacking backing = backing();
        int depth = backing.releaseAll();
        boolean notified = false;
        boolean interrupted = false;
        try {
            notified = sleep(ticket, nanos);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            backing.restore(depth);
            if (!notified) {
                // Under the lock again: a permit that is there for this ticket means it was
                // notified after all; otherwise it leaves uncounted, absorbing no wake-up.
                notified = takePermit(ticket);
                if (!notified) {
                    INT.getAndAdd(line, WAITING, -1);
                }
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

    private boolean sleep(long ticket, long nanos) throws InterruptedException {
        Waiter waiter = Waiter.get();
        long deadline = System.nanoTime() + nanos;
        while (true) {
            if (takePermit(ticket)) {
                return true;
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            long remaining = nanos < 0 ? Waiter.MAX_SLICE_NANOS : deadline - System.nanoTime();
            if (remaining <= 0) {
                return false;
            }
            INT.getAndAdd(line, SLEEPERS, 1);
            try {
                int seq = (int) INT.getVolatile(line, SEQ);
                if (!permitFor(ticket)) {
                    waiter.await(line, SEQ, seq, Math.min(remaining, Waiter.MAX_SLICE_NANOS));
                }
            } finally {
                INT.getAndAdd(line, SLEEPERS, -1);
            }
        }
    }

    private boolean permitFor(long ticket) {
        return ticket < (long) LONG.getVolatile(line, ELIGIBLE_BELOW) && (int) INT.getVolatile(line, PERMITS) > 0;
    }

    private boolean takePermit(long ticket) {
        while (permitFor(ticket)) {
            int permits = (int) INT.getVolatile(line, PERMITS);
            if (permits > 0 && INT.compareAndSet(line, PERMITS, permits, permits - 1)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void notify(int n) {
        int waiting = (int) INT.getVolatile(line, WAITING);
        int k = Math.min(n, waiting);
        if (k <= 0) {
            return;
        }
        INT.getAndAdd(line, WAITING, -k);
        INT.getAndAdd(line, PERMITS, k);
        LONG.setVolatile(line, ELIGIBLE_BELOW, (long) LONG.getVolatile(line, TICKETS));
        INT.getAndAdd(line, SEQ, 1);
        if ((int) INT.getVolatile(line, SLEEPERS) > 0) {
            Waiter.get().wake(line, SEQ, Integer.MAX_VALUE);
        }
    }
}
