package dev.mp4j.sync;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.mp4j.core.Context;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/**
 * Invariant: a thread blocked in {@link Lock#acquire()} on a held lock is woken by a release
 * and gets the lock; a release is never lost.
 *
 * <p>The state is created with the lock held. The actor blocks in {@code acquire()}; by then
 * it has usually spun and gone to sleep (on the futex, for the spawn context). The signal
 * releases the lock from another thread, which a {@code Lock} allows. The actor must then
 * acquire, release and return; if it is still blocked, jcstress records STALE.
 *
 * <p>Run: {@code java -jar jcstress.jar -t LockReleaseWakesWaiter -jvmArgsPrepend
 * --enable-native-access=ALL-UNNAMED} (see the module README for the JDK and folder).
 */
public class LockReleaseWakesWaiter {

    /*
     * One mapped lock for every state (see LockMutualExclusion). Termination states run one
     * at a time, and each actor leaves the lock free before the next state takes it.
     */
    private static final Lock SPAWN_LOCK = new Lock(Context.spawn());

    private LockReleaseWakesWaiter() {}

    static void takeFreeLock(Lock lock) {
        // A previous waiter that never woke would still hold it: fail loudly, do not hang.
        if (!lock.acquire(false)) {
            throw new IllegalStateException("lock still held when a new state began: " + lock);
        }
    }

    static void acquireThenRelease(Lock lock) {
        lock.acquire();
        lock.release();
    }

    /** The spawn-context lock: the waiter sleeps on the futex and the release wakes it. */
    @JCStressTest(Mode.Termination)
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The release woke the blocked acquire, which took the lock.")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "Lost wake-up: the lock was released but the waiter stayed asleep.")
    @State
    public static class Spawn {
        public Spawn() {
            takeFreeLock(SPAWN_LOCK);
        }

        @Actor
        public void waiter() {
            acquireThenRelease(SPAWN_LOCK);
        }

        @Signal
        public void release() {
            SPAWN_LOCK.release();
        }
    }

    /** The threads-context lock, one per state. */
    @JCStressTest(Mode.Termination)
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The release woke the blocked acquire, which took the lock.")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "Lost wake-up: the lock was released but the waiter stayed asleep.")
    @State
    public static class Threads {
        private final Lock lock = new Lock(Context.threads());

        public Threads() {
            takeFreeLock(lock);
        }

        @Actor
        public void waiter() {
            acquireThenRelease(lock);
        }

        @Signal
        public void release() {
            lock.release();
        }
    }
}
