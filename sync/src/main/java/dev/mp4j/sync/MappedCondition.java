package dev.mp4j.sync;

import static dev.mp4j.sync.ConditionLayout.ELIGIBLE_BELOW;
import static dev.mp4j.sync.ConditionLayout.FRESH;
import static dev.mp4j.sync.ConditionLayout.INSIDE;
import static dev.mp4j.sync.ConditionLayout.PERMITS;
import static dev.mp4j.sync.ConditionLayout.PID;
import static dev.mp4j.sync.ConditionLayout.RECORDS;
import static dev.mp4j.sync.ConditionLayout.RECORD_FRESH;
import static dev.mp4j.sync.ConditionLayout.SEQ;
import static dev.mp4j.sync.ConditionLayout.SLEEPERS;
import static dev.mp4j.sync.ConditionLayout.START_MILLIS;
import static dev.mp4j.sync.ConditionLayout.TICKETS;
import static dev.mp4j.sync.ConditionLayout.WAITING;
import static dev.mp4j.sync.ConditionLayout.WOKEN;
import static dev.mp4j.sync.ConditionLayout.record;

import dev.mp4j.core.internal.shm.CrossProcessSynchronizer;
import dev.mp4j.core.internal.shm.SharedBlock;
import dev.mp4j.sync.spi.ConditionBacking;
import dev.mp4j.sync.spi.LockBacking;
import java.io.Serial;

/**
 * The spawn-context {@link Condition}: the ticket-and-permit scheme of {@link ConditionLayout}
 * in a block of shared memory, over a spawn {@link Lock} or {@link RLock}. Waiters of any JVM
 * sleep on the {@code seq} futex word; a notify hands out permits and wakes the sleepers, and
 * those allowed take one each: taking a permit is what a waiter "acquires". Each waiter's
 * process is recorded, so that a notify forgets the waiters of processes that died.
 *
 * <p>A process can also die holding the lock, between two of the updates made under it. They
 * are ordered so that the counts are then too high, never too low: a waiter comes into the
 * counts before its record, and leaves its record before the counts; a notify declares
 * everyone older before it counts them. Too high costs a spare wake-up later; too low would
 * leave a live waiter unwoken.
 */
final class MappedCondition extends CrossProcessSynchronizer implements ConditionBacking {

    @Serial
    private static final long serialVersionUID = 3L;

    /*
     * A waiter's arg, handed to every hook of the synchronizer, is its ticket and its record:
     * ticket << RECORD_BITS | (record + 1), with 0 in the low bits for an unrecorded waiter.
     */
    private static final int RECORD_BITS = 4;

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

    private static long ticketOf(long arg) {
        return arg >>> RECORD_BITS;
    }

    private static int recordOf(long arg) {
        return (int) (arg & ((1 << RECORD_BITS) - 1)) - 1;
    }

    // The permits are the state a waiter acquires.

    @Override
    protected boolean tryAcquire(long arg) {
        long ticket = ticketOf(arg);
        int record = recordOf(arg);
        while (permitFor(ticket)) {
            // Counted as woken before the CAS: killed in between, it passes for woken, which
            // costs a spare wake-up later rather than one too few.
            if (record >= 0) {
                words.getAndAddInt(record(record) + WOKEN, 1);
            }
            int permits = words.getIntVolatile(PERMITS);
            if (permits > 0 && words.compareAndSetInt(PERMITS, permits, permits - 1)) {
                return true;
            }
            if (record >= 0) {
                words.getAndAddInt(record(record) + WOKEN, -1);
            }
        }
        return false;
    }

    @Override
    protected boolean mustSleep(int seq, long arg) {
        return !permitFor(ticketOf(arg));
    }

    private boolean permitFor(long ticket) {
        return ticket < words.getLongVolatile(ELIGIBLE_BELOW) && words.getIntVolatile(PERMITS) > 0;
    }

    /** Under the lock: a new ticket, counted as waiting and fresh, then in this process's record. */
    private long enter() {
        checkLive();
        int record = recordForMe();
        long ticket = words.getLongVolatile(TICKETS);
        words.setLongVolatile(TICKETS, ticket + 1);
        words.getAndAddInt(WAITING, 1);
        words.getAndAddInt(FRESH, 1);
        if (record >= 0) {
            words.getAndAddInt(record(record) + RECORD_FRESH, 1);
            words.getAndAddInt(record(record) + INSIDE, 1);
        }
        return ticket << RECORD_BITS | (record + 1);
    }

    /**
     * Under the lock again, last: the waiter leaves its process's record (freed with the last
     * one), then, if it took no permit ({@code woken} false), the counts.
     */
    private void leave(long arg, boolean woken) {
        boolean fresh = !woken && ticketOf(arg) >= words.getLongVolatile(ELIGIBLE_BELOW);
        int record = recordOf(arg);
        if (record >= 0) {
            long at = record(record);
            boolean last = words.getAndAddInt(at + INSIDE, -1) == 1;
            if (fresh) {
                words.getAndAddInt(at + RECORD_FRESH, -1);
            }
            if (woken) {
                words.getAndAddInt(at + WOKEN, -1);
            }
            if (last) {
                free(record);
            }
        }
        if (!woken) {
            words.getAndAddInt(WAITING, -1);
            if (fresh) {
                words.getAndAddInt(FRESH, -1);
            }
        }
    }

    /**
     * Under the lock: this process's record, or a free one claimed for it, or one freed from
     * a dead process; -1 when live processes hold all of them.
     */
    private int recordForMe() {
        int claimed = -1;
        for (int i = 0; i < RECORDS; i++) {
            long pid = words.getLongVolatile(record(i) + PID);
            if (pid == Holders.ME.pid() && words.getLongVolatile(record(i) + START_MILLIS) == Holders.ME.startMillis()) {
                return i;
            }
            if (pid == 0 && claimed < 0) {
                claimed = i;
            }
        }
        if (claimed < 0) {
            claimed = forgetDeadProcesses();
        }
        if (claimed >= 0) {
            words.setLongVolatile(record(claimed) + START_MILLIS, Holders.ME.startMillis());
            words.setLongVolatile(record(claimed) + PID, Holders.ME.pid());
        }
        return claimed;
    }

    /**
     * Under the lock: forgets the waiters of every recorded process that died (see
     * {@link ConditionLayout}); returns a record it freed, or -1. Asks the OS about each
     * other recorded process at most every 100 ms.
     */
    private int forgetDeadProcesses() {
        int freed = -1;
        for (int i = 0; i < RECORDS; i++) {
            long at = record(i);
            long pid = words.getLongVolatile(at + PID);
            if (pid != 0 && Holders.isDeadAsOfLately(pid, words.getLongVolatile(at + START_MILLIS))) {
                forget(i);
                freed = i;
            }
        }
        return freed;
    }

    /** Frees dead record {@code i}, then takes its waiters out of the counts. */
    private void forget(int i) {
        long at = record(i);
        int unwoken = Math.max(0, words.getIntVolatile(at + INSIDE) - words.getIntVolatile(at + WOKEN));
        int fresh = Math.min(unwoken, words.getIntVolatile(at + RECORD_FRESH));
        free(i);
        words.getAndAddInt(WAITING, -fresh);
        words.getAndAddInt(FRESH, -fresh);
        int older = unwoken - fresh;
        int uncounted = Math.min(older, Math.max(0, words.getIntVolatile(WAITING) - words.getIntVolatile(FRESH)));
        words.getAndAddInt(WAITING, -uncounted);
        int leftOver = older - uncounted;
        for (int permits; leftOver > 0 && (permits = words.getIntVolatile(PERMITS)) > 0; ) {
            if (words.compareAndSetInt(PERMITS, permits, Math.max(0, permits - leftOver))) {
                break;
            }
        }
    }

    private void free(int i) {
        long at = record(i);
        words.setIntVolatile(at + INSIDE, 0);
        words.setIntVolatile(at + WOKEN, 0);
        words.setIntVolatile(at + RECORD_FRESH, 0);
        words.setLongVolatile(at + START_MILLIS, 0L);
        words.setLongVolatile(at + PID, 0L);
    }

    /** Under the lock. */
    @Override
    public void signal(int n) {
        checkLive();
        if (n <= 0 || words.getIntVolatile(WAITING) == 0) {
            return;
        }
        forgetDeadProcesses();
        int k = Math.min(n, words.getIntVolatile(WAITING));
        if (k <= 0) {
            return;
        }
        // Every waiter inside is older than this notify.
        words.setIntVolatile(FRESH, 0);
        for (int i = 0; i < RECORDS; i++) {
            if (words.getIntVolatile(record(i) + RECORD_FRESH) != 0) {
                words.setIntVolatile(record(i) + RECORD_FRESH, 0);
            }
        }
        words.getAndAddInt(WAITING, -k);
        words.getAndAddInt(PERMITS, k);
        words.setLongVolatile(ELIGIBLE_BELOW, words.getLongVolatile(TICKETS));
        words.getAndAddInt(SEQ, 1);
        wakeWaiters(Integer.MAX_VALUE);
    }

    @Override
    public int queueLength() {
        return Math.max(0, words.getIntVolatile(WAITING) + words.getIntVolatile(PERMITS));
    }

    @Override
    public boolean await(long nanos) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        long arg = enter();
        LockBacking backing = lock.sync;
        int depth = backing.releaseAll();
        boolean notified = false;
        boolean interrupted = false;
        try {
            notified = acquire(arg, nanos);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            backing.restore(depth);
            if (!notified) {
                // A permit that is there for this ticket means it was notified after all;
                // otherwise it leaves uncounted, absorbing no wake-up.
                notified = tryAcquire(arg);
            }
            leave(arg, notified);
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
