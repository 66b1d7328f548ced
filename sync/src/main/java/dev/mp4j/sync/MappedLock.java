package dev.mp4j.sync;

import static dev.mp4j.sync.MutexLayout.COUNT;
import static dev.mp4j.sync.MutexLayout.DIED;
import static dev.mp4j.sync.MutexLayout.FREE;
import static dev.mp4j.sync.MutexLayout.HELD;
import static dev.mp4j.sync.MutexLayout.INT;
import static dev.mp4j.sync.MutexLayout.LONG;
import static dev.mp4j.sync.MutexLayout.OWNER_PID;
import static dev.mp4j.sync.MutexLayout.OWNER_START;
import static dev.mp4j.sync.MutexLayout.OWNER_THREAD;
import static dev.mp4j.sync.MutexLayout.STATE;
import static dev.mp4j.sync.MutexLayout.WAITERS;

import dev.mp4j.core.internal.shm.MappedHandle;
import dev.mp4j.core.internal.shm.Segment;
import dev.mp4j.core.internal.shm.Waiter;
import java.io.Serial;
import java.lang.foreign.MemorySegment;

/**
 * The spawn-context {@link Lock} and {@link RLock}: a futex mutex in a mapped segment
 * ({@link MutexLayout}), shared by every JVM that maps it.
 *
 * <p>Acquire: one CAS; then a bounded spin; then sleep on the futex, announced in the
 * waiter count. Release: clear the owner, free the state, and wake one sleeper only if the
 * count says there is one. The count is raised before the sleeper re-reads the state and the
 * state is freed before the releaser reads the count (both volatile), so a release cannot
 * miss a sleeper: either it sees the count, or the sleeper sees the free state.
 *
 * <p>Dead holder: a sleeper checks every few slices whether the recorded owner process is
 * still alive; if not, it takes the lock over (CAS of the owner pid to 0, so one taker wins;
 * then it records itself as owner, the pid last, as an acquire does) and
 * marks the hold as recovered ({@link #ownerDied()}), the POSIX robust-mutex model. Only
 * another process can be a dead holder, and only a consistent (pid, start time) snapshot
 * counts; a pid reused by a new process within the check-then-CAS window is the one case
 * not covered (the CAS compares the pid only).
 *
 * <p>Serialized as its segment name; deserializing maps the same segment.
 */
final class MappedLock extends MappedHandle implements LockBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Tries before sleeping: a handoff between two JVMs usually completes within it. */
    private static final int SPINS = 200;
    private static final long MY_PID = Holders.ME.pid();
    private static final long MY_START = Holders.ME.startMillis();

    private final boolean recursive;
    private final transient MemorySegment line;

    private MappedLock(boolean recursive, Segment segment) {
        super(segment);
        this.recursive = recursive;
        this.line = segment.data();
    }

    static MappedLock create(boolean recursive) {
        Segment segment = Segment.create(MutexLayout.KIND, MutexLayout.VERSION, MutexLayout.SIZE);
        return new MappedLock(recursive, segment);
    }

    @Override
    protected MappedLock attach(String name) {
        return new MappedLock(recursive, Segment.attach(name, MutexLayout.KIND, MutexLayout.VERSION));
    }

    @Override
    public boolean acquire(long nanos) throws InterruptedException {
        long me = Thread.currentThread().threadId();
        if (recursive && isOwner(me)) {
            INT.set(line, COUNT, (int) INT.get(line, COUNT) + 1);
            return true;
        }
        if (tryLock()) {
            own(me);
            return true;
        }
        if (nanos == 0) {
            return takeOverFromDeadOwner();
        }
        return switch (lockSlowly(nanos)) {
            case ACQUIRED -> {
                own(me);
                yield true;
            }
            case TAKEN_OVER -> true;
            default -> false;
        };
    }

    private static final int TIMED_OUT = 0;
    private static final int ACQUIRED = 1;
    /** Acquired from a dead owner; the take-over already recorded the new owner. */
    private static final int TAKEN_OVER = 2;

    private void own(long me) {
        // The CAS on STATE orders these writes. Start and pid are release stores, the pid
        // last: a reader that sees this pid sees its start time, and a reader that sees this
        // start time sees no older pid (see takeOverFromDeadOwner).
        LONG.setOpaque(line, OWNER_THREAD, Thread.currentThread().threadId());
        LONG.setRelease(line, OWNER_START, MY_START);
        INT.set(line, COUNT, 1);
        LONG.setRelease(line, OWNER_PID, MY_PID);
    }

    private boolean tryLock() {
        return (int) INT.getVolatile(line, STATE) == FREE && INT.compareAndSet(line, STATE, FREE, HELD);
    }

    private int lockSlowly(long nanos) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        for (int i = 0; i < SPINS; i++) {
            Thread.onSpinWait();
            if (tryLock()) {
                return ACQUIRED;
            }
        }
        Waiter waiter = Waiter.get();
        long deadline = System.nanoTime() + nanos;
        long nextCheck = System.nanoTime() + Holders.CHECK_INTERVAL_NANOS;
        while (true) {
            long remaining = nanos < 0 ? Waiter.MAX_SLICE_NANOS : deadline - System.nanoTime();
            if (remaining <= 0) {
                return TIMED_OUT;
            }
            INT.getAndAdd(line, WAITERS, 1);
            try {
                if ((int) INT.getVolatile(line, STATE) == HELD) {
                    waiter.await(line, STATE, HELD, Math.min(remaining, Waiter.MAX_SLICE_NANOS));
                }
            } finally {
                INT.getAndAdd(line, WAITERS, -1);
            }
            if (tryLock()) {
                return ACQUIRED;
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            if (System.nanoTime() - nextCheck >= 0) {
                nextCheck = System.nanoTime() + Holders.CHECK_INTERVAL_NANOS;
                if (takeOverFromDeadOwner()) {
                    return TAKEN_OVER;
                }
            }
        }
    }

    /**
     * Takes the lock over if its recorded owner process is dead; true if this thread now
     * holds it.
     */
    private boolean takeOverFromDeadOwner() {
        // A consistent snapshot of (pid, start): the same pid before and after reading the
        // start time, so the start time belongs to that pid's hold and not to a later one.
        long pid = (long) LONG.getAcquire(line, OWNER_PID);
        long start = (long) LONG.getAcquire(line, OWNER_START);
        if ((long) LONG.getAcquire(line, OWNER_PID) != pid
                || (int) INT.getVolatile(line, STATE) != HELD || !Holders.isDead(pid, start)
                || !LONG.compareAndSet(line, OWNER_PID, pid, 0L)) {
            return false;
        }
        // Won: the pid word stays 0 (unknown owner, as just after a plain acquire) until this
        // JVM's thread and start time are written. Were the pid written first, another process
        // could pair it with the dead holder's start time and take the lock from this live
        // owner, and a thread of this JVM whose id is the dead holder's thread id would pass
        // for the owner of an RLock.
        INT.setVolatile(line, DIED, 1);
        own(Thread.currentThread().threadId());
        return true;
    }

    @Override
    public void release() {
        if (recursive) {
            if (!isOwner(Thread.currentThread().threadId())) {
                throw new IllegalMonitorStateException(isLocked()
                        ? "cannot release an RLock held by another thread or process"
                        : "cannot release an un-acquired RLock");
            }
            int count = (int) INT.get(line, COUNT) - 1;
            INT.set(line, COUNT, count);
            if (count > 0) {
                return;
            }
        } else if ((int) INT.getVolatile(line, STATE) != HELD) {
            throw new IllegalMonitorStateException("release of an unlocked Lock");
        }
        free();
    }

    private void free() {
        INT.setOpaque(line, DIED, 0);
        LONG.setOpaque(line, OWNER_THREAD, 0L);
        LONG.setOpaque(line, OWNER_START, 0L);
        LONG.setOpaque(line, OWNER_PID, 0L);
        if (!INT.compareAndSet(line, STATE, HELD, FREE)) {
            throw new IllegalMonitorStateException("release of an unlocked Lock");
        }
        if ((int) INT.getVolatile(line, WAITERS) > 0) {
            Waiter.get().wake(line, STATE, 1);
        }
    }

    private boolean isOwner(long thread) {
        return (long) LONG.getAcquire(line, OWNER_PID) == MY_PID
                && (long) LONG.getOpaque(line, OWNER_THREAD) == thread
                && (int) INT.getVolatile(line, STATE) == HELD;
    }

    @Override
    public boolean isLocked() {
        return (int) INT.getVolatile(line, STATE) == HELD;
    }

    @Override
    public boolean isHeldByCaller() {
        return isOwner(Thread.currentThread().threadId());
    }

    @Override
    public boolean ownerDied() {
        return (int) INT.getVolatile(line, DIED) != 0;
    }

    @Override
    public int releaseAll() {
        int depth = recursive ? (int) INT.get(line, COUNT) : 1;
        free();
        return depth;
    }

    @Override
    public void restore(int depth) {
        boolean interrupted = false;
        while (true) {
            try {
                acquire(-1L);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (recursive) {
            INT.set(line, COUNT, depth);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public ConditionBacking newCondition(Mutex lock) {
        return MappedCondition.create(lock);
    }
}
