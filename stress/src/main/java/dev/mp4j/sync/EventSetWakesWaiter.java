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
 * Invariant: a thread blocked in {@link Event#await()} is woken by a {@code set()} in another thread; a set is never lost.
 *
 * <p>Termination test: the actor blocks (spinning, then asleep on the futex in the spawn
 * context); the signal must wake it. If it is still blocked, jcstress records STALE, which
 * is {@code FORBIDDEN}.
 *
 * <p>Run: {@code java -jar jcstress.jar -t EventSetWakesWaiter -jvmArgsPrepend
 * --enable-native-access=ALL-UNNAMED} (see the module README for the JDK and folder).
 */
public class EventSetWakesWaiter {

    /*
     * One mapped primitive for every spawn state: termination states run one at a time, and
     * each state leaves it as the next one expects (see the constructors).
     */
    private static final Primitives SPAWN = new Primitives(Context.spawn());

    /** The primitive of one context. */
    record Primitives(Event event) {
        Primitives(Context context) {
            this(new Event(context));
        }
    }

    private EventSetWakesWaiter() {}

    /** The spawn-context primitive, in a mapped file. */
    @JCStressTest(Mode.Termination)
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The set woke the blocked wait.")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "Lost wake-up: the event was set but the waiter stayed asleep.")
    @State
    public static class Spawn {
        private final Primitives p = SPAWN;

        public Spawn() {
            p.event().clear();
        }

        @Actor
        public void actor() {
            p.event().await();
        }

        @Signal
        public void signal() {
            p.event().set();
        }
    }

    /** The threads-context primitive, one per state. */
    @JCStressTest(Mode.Termination)
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The set woke the blocked wait.")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "Lost wake-up: the event was set but the waiter stayed asleep.")
    @State
    public static class Threads {
        private final Primitives p = new Primitives(Context.threads());

        public Threads() {
            p.event().clear();
        }

        @Actor
        public void actor() {
            p.event().await();
        }

        @Signal
        public void signal() {
            p.event().set();
        }
    }
}
