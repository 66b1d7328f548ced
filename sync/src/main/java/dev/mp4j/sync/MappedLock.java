package dev.mp4j.sync;

import static dev.mp4j.sync.MutexLayout.ARMED;
import static dev.mp4j.sync.MutexLayout.COUNT;
import static dev.mp4j.sync.MutexLayout.DEAD_HOLDER;
import static dev.mp4j.sync.MutexLayout.DIED;
import static dev.mp4j.sync.MutexLayout.FREE;
import static dev.mp4j.sync.MutexLayout.LOCK;
import static dev.mp4j.sync.MutexLayout.OWNER_THREAD;
import static dev.mp4j.sync.MutexLayout.WAITERS;
import static dev.mp4j.sync.MutexLayout.WAKES;

import dev.mp4j.core.internal.shm.CrossProcessSynchronizer;
import dev.mp4j.core.internal.shm.SharedBlock;
import dev.mp4j.sync.spi.ConditionBacking;
import dev.mp4j.sync.spi.LockBacking;
import java.io.Serial;

/**
 * The spawn-context {@link Lock} and {@link RLock}: a futex mutex in a block of shared memory
 * ({@link MutexLayout}), shared by every JVM that maps it.
 *
 * <p>Acquire: one CAS of the lock word from free to this process's word; then the
 * {@link CrossProcessSynchronizer}'s spin and sleep. Release: clear the owner thread,
 * exchange the lock word for free, wake one sleeper if the count says there is one and a
 * sleeper armed the wake since the last (one wake in flight: the synchronizer's class doc).
 *
 * <p>Dead holder: about every 100 ms of sleep (and at once for a non-blocking acquire) a
 * waiter asks the OS whether the process in the lock word is still alive; if not, it takes
 * the lock over by one CAS from the dead holder's word to its own, marks the hold as
 * recovered ({@link #ownerDied()}, cleared by the release) and what the lock guards as
 * inconsistent ({@link #deadHolder()}, cleared only by {@link #markConsistent()}): the POSIX
 * robust-mutex model. Only another process can be a dead holder. A pid reused by a new
 * process within 5 s of the dead holder's start time (the tolerance of
 * {@code ProcessIdentity}) would pass for the holder.
 *
 * <p>Serialized as a handle to its block; deserializing attaches the same block.
 */
final class MappedLock extends CrossProcessSynchronizer implements LockBacking {

    @Serial
    private static final long serialVersionUID = 2L;

    /** This process's lock word. */
    private static final long ME = MutexLayout.word(Holders.ME.pid(), Holders.ME.startMillis());

    /** Tries before sleeping: a handoff between two JVMs usually completes within it. */
    private static final int SPINS = 200;

    private final boolean recursive;

    private MappedLock(boolean recursive, SharedBlock block) {
        super(block, WAKES, WAITERS, ARMED, SPINS);
        this.recursive = recursive;
    }

    static MappedLock create(boolean recursive) {
        return new MappedLock(recursive, SharedBlock.allocate(MutexLayout.KIND, MutexLayout.SIZE));
    }

    @Override
    protected String kind() {
        return MutexLayout.KIND;
    }

    @Override
    protected MappedLock attach(SharedBlock block) {
        return new MappedLock(recursive, block);
    }

    @Override
    protected boolean tryAcquire(long arg) {
        return words.getLongVolatile(LOCK) == FREE && words.compareAndSetLong(LOCK, FREE, ME);
    }

    @Override
    protected boolean mustSleep(int wakes, long arg) {
        return words.getLongVolatile(LOCK) != FREE;
    }

    /** A waiter leaving unheld may have taken the wake of a free lock: pass it on. */
    @Override
    protected void onGiveUp(long arg) {
        if (words.getLongVolatile(LOCK) == FREE) {
            wakeWaiters(1);
        }
    }

    /** Takes the lock over if the process in the lock word is dead. */
    @Override
    protected boolean recoverAbandoned(long arg) {
        long holder = words.getLongVolatile(LOCK);
        if (holder == FREE || !Holders.isDead(MutexLayout.pid(holder), MutexLayout.startMillis(holder))
                || !words.compareAndSetLong(LOCK, holder, ME)) {
            return false;
        }
        words.setIntVolatile(DIED, 1);
        words.setIntVolatile(DEAD_HOLDER, (int) MutexLayout.pid(holder));
        dev.mp4j.core.internal.Log.log("sync", System.Logger.Level.WARNING, "took over a lock whose holder, pid "
                + MutexLayout.pid(holder) + ", died holding it; what it guards is inconsistent until markConsistent()");
        return true;
    }

    /**
     * One atomic exchange frees the lock (a read and a CAS would take the contended line
     * twice); exchanging a free word for free changes nothing.
     */
    private void free() {
        if (words.getIntOpaque(DIED) != 0) {
            words.setIntOpaque(DIED, 0);
        }
        words.setLongOpaque(OWNER_THREAD, 0L);
        if (words.getAndSetLong(LOCK, FREE) == FREE) {
            throw new IllegalMonitorStateException("release of an unlocked Lock");
        }
        wakeWaiters(1);
    }

    @Override
    public boolean acquire(long nanos) throws InterruptedException {
        long me = Thread.currentThread().threadId();
        if (recursive && isOwner(me)) {
            checkLive();
            words.setInt(COUNT, words.getInt(COUNT) + 1);
            return true;
        }
        if (!acquire(0L, nanos)) {
            return false;
        }
        // The CAS that took the lock orders these writes before the release that frees it.
        words.setLongOpaque(OWNER_THREAD, me);
        words.setInt(COUNT, 1);
        return true;
    }

    @Override
    public void release() {
        checkLive();
        if (recursive) {
            if (!isOwner(Thread.currentThread().threadId())) {
                throw new IllegalMonitorStateException(isLocked()
                        ? "cannot release an RLock held by another thread or process"
                        : "cannot release an un-acquired RLock");
            }
            int count = words.getInt(COUNT) - 1;
            words.setInt(COUNT, count);
            if (count > 0) {
                return;
            }
        }
        free();
    }

    private boolean isOwner(long thread) {
        return words.getLongVolatile(LOCK) == ME && words.getLongOpaque(OWNER_THREAD) == thread;
    }

    @Override
    public boolean isLocked() {
        return words.getLongVolatile(LOCK) != FREE;
    }

    @Override
    public boolean isHeldByCaller() {
        return isOwner(Thread.currentThread().threadId());
    }

    @Override
    public boolean ownerDied() {
        return words.getIntVolatile(DIED) != 0;
    }

    @Override
    public int deadHolder() {
        checkLive();
        return words.getIntVolatile(DEAD_HOLDER);
    }

    @Override
    public void markConsistent() {
        checkLive();
        words.setIntVolatile(DEAD_HOLDER, 0);
    }

    @Override
    public int releaseAll() {
        int depth = recursive ? words.getInt(COUNT) : 1;
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
            words.setInt(COUNT, depth);
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
