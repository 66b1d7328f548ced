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
 * Invariant: a {@link Lock} admits one holder at a time, so two increments of a plain field
 * made under it both land.
 *
 * <p>Two actors each add one to a plain {@code int} while holding the lock; the arbiter reads
 * it once both are done. Seeing 1 means both actors were inside together.
 *
 * <p>Run: {@code java -jar jcstress.jar -t LockMutualExclusion -jvmArgsPrepend
 * --enable-native-access=ALL-UNNAMED} (see the module README for the JDK and folder).
 */
public class LockMutualExclusion {

    /*
     * A spawn-context lock is a mapped file. jcstress creates millions of state objects, so
     * every state shares one lock instead of mapping a file each; the actors always release
     * it, and exclusion across unrelated states is still exclusion.
     */
    private static final Lock SPAWN_LOCK = new Lock(Context.spawn());

    private LockMutualExclusion() {}

    /** The spawn-context lock: a futex word in a mapped file. */
    @JCStressTest
    @Outcome(id = "2", expect = ACCEPTABLE, desc = "Both increments landed: the lock let one actor in at a time.")
    @Outcome(id = "1", expect = FORBIDDEN, desc = "Lost update: the lock let both actors in.")
    @State
    public static class Spawn {
        private int count;

        @Actor
        public void actor1() {
            try (var _ = SPAWN_LOCK.hold()) {
                count++;
            }
        }

        @Actor
        public void actor2() {
            try (var _ = SPAWN_LOCK.hold()) {
                count++;
            }
        }

        @Arbiter
        public void arbiter(I_Result r) {
            r.r1 = count;
        }
    }

    /** The threads-context lock: a heap mutex, one per state. */
    @JCStressTest
    @Outcome(id = "2", expect = ACCEPTABLE, desc = "Both increments landed: the lock let one actor in at a time.")
    @Outcome(id = "1", expect = FORBIDDEN, desc = "Lost update: the lock let both actors in.")
    @State
    public static class Threads {
        private final Lock lock = new Lock(Context.threads());
        private int count;

        @Actor
        public void actor1() {
            try (var _ = lock.hold()) {
                count++;
            }
        }

        @Actor
        public void actor2() {
            try (var _ = lock.hold()) {
                count++;
            }
        }

        @Arbiter
        public void arbiter(I_Result r) {
            r.r1 = count;
        }
    }
}
