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
 * Invariant: a thread waiting on a {@link Condition} for a flag is woken by a signal made after the flag is set under the lock; a signal is never lost.
 *
 * <p>Termination test: the actor blocks (spinning, then asleep on the futex in the spawn
 * context); the signal must wake it. If it is still blocked, jcstress records STALE, which
 * is {@code FORBIDDEN}.
 *
 * <p>Run: {@code java -jar jcstress.jar -t ConditionNotifyWakesWaiter -jvmArgsPrepend
 * --enable-native-access=ALL-UNNAMED} (see the module README for the JDK and folder).
 */
public class ConditionNotifyWakesWaiter {

    /*
     * One mapped primitive for every spawn state: termination states run one at a time, and
     * each state leaves it as the next one expects (see the constructors).
     */
    private static final Primitives SPAWN = new Primitives(Context.spawn());

    /** The primitive of one context and the flag it guards (read and written under its lock). */
    static final class Primitives {
        final Condition condition;
        boolean flag;

        Primitives(Context context) {
            this.condition = new Condition(context);
        }
    }

    private ConditionNotifyWakesWaiter() {}

    /** The spawn-context primitive, in a mapped file. */
    @JCStressTest(Mode.Termination)
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The signal woke the waiter, which saw the flag.")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "Lost wake-up: the flag was set and notified but the waiter stayed asleep.")
    @State
    public static class Spawn {
        private final Primitives p = SPAWN;

        public Spawn() {
            p.flag = false;
        }

        @Actor
        public void actor() {
            try (var _ = p.condition.hold()) { p.condition.waitFor(() -> p.flag); }
        }

        @Signal
        public void signal() {
            try (var _ = p.condition.hold()) { p.flag = true; p.condition.signal(1); }
        }
    }

    /** The threads-context primitive, one per state. */
    @JCStressTest(Mode.Termination)
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The signal woke the waiter, which saw the flag.")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "Lost wake-up: the flag was set and notified but the waiter stayed asleep.")
    @State
    public static class Threads {
        private final Primitives p = new Primitives(Context.threads());

        public Threads() {
            p.flag = false;
        }

        @Actor
        public void actor() {
            try (var _ = p.condition.hold()) { p.condition.waitFor(() -> p.flag); }
        }

        @Signal
        public void signal() {
            try (var _ = p.condition.hold()) { p.flag = true; p.condition.signal(1); }
        }
    }
}
