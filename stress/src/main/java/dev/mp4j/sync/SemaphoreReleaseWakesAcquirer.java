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
 * Invariant: a thread blocked in {@link Semaphore#acquire()} on a semaphore without permits is woken by a release in another thread and takes the permit.
 *
 * <p>Termination test: the actor blocks (spinning, then asleep on the futex in the spawn
 * context); the signal must wake it. If it is still blocked, jcstress records STALE, which
 * is {@code FORBIDDEN}.
 *
 * <p>Run: {@code java -jar jcstress.jar -t SemaphoreReleaseWakesAcquirer -jvmArgsPrepend
 * --enable-native-access=ALL-UNNAMED} (see the module README for the JDK and folder).
 */
public class SemaphoreReleaseWakesAcquirer {

    /*
     * One mapped primitive for every spawn state: termination states run one at a time, and
     * each state leaves it as the next one expects (see the constructors).
     */
    private static final Primitives SPAWN = new Primitives(Context.spawn());

    /** The primitive of one context: a semaphore at 0 when a state begins. */
    record Primitives(Semaphore semaphore) {
        Primitives(Context context) {
            this(new Semaphore(context, 0));
        }
    }

    private SemaphoreReleaseWakesAcquirer() {}

    /** The spawn-context primitive, in a mapped file. */
    @JCStressTest(Mode.Termination)
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The release woke the blocked acquire, which took the permit.")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "Lost wake-up: a permit was released but the acquirer stayed asleep.")
    @State
    public static class Spawn {
        private final Primitives p = SPAWN;

        public Spawn() {
            if (p.semaphore().getValue() != 0) { throw new IllegalStateException("a permit left over: " + p.semaphore()); }
        }

        @Actor
        public void actor() {
            p.semaphore().acquire();
        }

        @Signal
        public void signal() {
            p.semaphore().release();
        }
    }

    /** The threads-context primitive, one per state. */
    @JCStressTest(Mode.Termination)
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The release woke the blocked acquire, which took the permit.")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "Lost wake-up: a permit was released but the acquirer stayed asleep.")
    @State
    public static class Threads {
        private final Primitives p = new Primitives(Context.threads());

        public Threads() {
            if (p.semaphore().getValue() != 0) { throw new IllegalStateException("a permit left over: " + p.semaphore()); }
        }

        @Actor
        public void actor() {
            p.semaphore().acquire();
        }

        @Signal
        public void signal() {
            p.semaphore().release();
        }
    }
}
