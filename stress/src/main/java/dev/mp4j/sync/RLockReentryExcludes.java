package dev.mp4j.sync;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.mp4j.core.Context;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * Invariant: an {@link RLock} that its owner re-entered still keeps every other thread out,
 * and frees itself only after the last of the owner's releases.
 *
 * <p>Two actors each acquire the lock twice, add one to a plain {@code int}, and release
 * twice; the arbiter reads the field once both are done. Seeing 1 means re-entry (or a
 * release of one level) let the other actor in.
 *
 * <p>Run: {@code java -jar jcstress.jar -t RLockReentryExcludes -jvmArgsPrepend
 * --enable-native-access=ALL-UNNAMED} (see the module README for the JDK and folder).
 */
public class RLockReentryExcludes {

    /* One mapped lock for every state: see LockMutualExclusion for why. */
    private static final RLock SPAWN_LOCK = new RLock(Context.spawn());

    private RLockReentryExcludes() {}

    /** The spawn-context recursive lock: owner pid, thread and depth in a mapped file. */
    @JCStressTest
    @Outcome(id = "2", expect = ACCEPTABLE, desc = "Both increments landed: the re-entered lock let one actor in at a time.")
    @Outcome(id = "1", expect = FORBIDDEN, desc = "Lost update: the re-entered lock let both actors in.")
    @State
    public static class Spawn {
        private int count;

        @Actor
        public void actor1() {
            incrementReentered();
        }

        @Actor
        public void actor2() {
            incrementReentered();
        }

        private void incrementReentered() {
            SPAWN_LOCK.acquire();
            SPAWN_LOCK.acquire();
            try {
                count++;
            } finally {
                SPAWN_LOCK.release();
                SPAWN_LOCK.release();
            }
        }

        @Arbiter
        public void arbiter(I_Result r) {
            r.r1 = count;
        }
    }

    /** The threads-context recursive lock, one per state. */
    @JCStressTest
    @Outcome(id = "2", expect = ACCEPTABLE, desc = "Both increments landed: the re-entered lock let one actor in at a time.")
    @Outcome(id = "1", expect = FORBIDDEN, desc = "Lost update: the re-entered lock let both actors in.")
    @State
    public static class Threads {
        private final RLock lock = new RLock(Context.threads());
        private int count;

        @Actor
        public void actor1() {
            incrementReentered();
        }

        @Actor
        public void actor2() {
            incrementReentered();
        }

        private void incrementReentered() {
            lock.acquire();
            lock.acquire();
            try {
                count++;
            } finally {
                lock.release();
                lock.release();
            }
        }

        @Arbiter
        public void arbiter(I_Result r) {
            r.r1 = count;
        }
    }
}
