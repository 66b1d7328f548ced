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
 * Invariant: a party blocked in {@link Barrier#await()} of a barrier of 2 is released when the second party arrives.
 *
 * <p>Termination test: the actor blocks (spinning, then asleep on the futex in the spawn
 * context); the signal must wake it. If it is still blocked, jcstress records STALE, which
 * is {@code FORBIDDEN}.
 *
 * <p>Run: {@code java -jar jcstress.jar -t BarrierTripReleasesWaiter -jvmArgsPrepend
 * --enable-native-access=ALL-UNNAMED} (see the module README for the JDK and folder).
 */
public class BarrierTripReleasesWaiter {

    /*
     * One mapped primitive for every spawn state: termination states run one at a time, and
     * each state leaves it as the next one expects (see the constructors).
     */
    private static final Primitives SPAWN = new Primitives(Context.spawn());

    /** The primitive of one context: a barrier of 2, empty when a state begins. */
    record Primitives(Barrier barrier) {
        Primitives(Context context) {
            this(new Barrier(context, 2));
        }
    }

    private BarrierTripReleasesWaiter() {}

    /** The spawn-context primitive, in a mapped file. */
    @JCStressTest(Mode.Termination)
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The second arrival released the first.")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "The first party stayed blocked after the second arrived.")
    @State
    public static class Spawn {
        private final Primitives p = SPAWN;

        public Spawn() {
            if (p.barrier().nWaiting() != 0 || p.barrier().isBroken()) { throw new IllegalStateException("barrier not empty: " + p.barrier()); }
        }

        @Actor
        public void actor() {
            p.barrier().await();
        }

        @Signal
        public void signal() {
            p.barrier().await();
        }
    }

    /** The threads-context primitive, one per state. */
    @JCStressTest(Mode.Termination)
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The second arrival released the first.")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "The first party stayed blocked after the second arrived.")
    @State
    public static class Threads {
        private final Primitives p = new Primitives(Context.threads());

        public Threads() {
            if (p.barrier().nWaiting() != 0 || p.barrier().isBroken()) { throw new IllegalStateException("barrier not empty: " + p.barrier()); }
        }

        @Actor
        public void actor() {
            p.barrier().await();
        }

        @Signal
        public void signal() {
            p.barrier().await();
        }
    }
}
