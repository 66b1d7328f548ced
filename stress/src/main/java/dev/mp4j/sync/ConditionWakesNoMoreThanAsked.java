package dev.mp4j.sync;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.mp4j.core.Context;
import java.time.Duration;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Invariant: {@link Condition#signal(int) signal(1)} wakes no more than one waiter, and only
 * one that waited when it was called: a wait that starts after the signal is not woken by it.
 *
 * <p>Waiter A waits for phase 1. Actor B, once A waits, opens phase 1, calls
 * {@code signal(1)} and then waits itself, all under the lock. The one wake-up belongs to
 * A. A, awake, opens phase 2 and wakes everyone, which wakes B. Each records the phase it
 * woke in: A must see 1 and B 2. B seeing 1 means signal(1) woke B too, or woke B instead
 * of A (A then still wakes, from its 100 ms timed wait, so the test never hangs). Two
 * actors, because jcstress schedules a test only with a CPU per actor.
 *
 * <p>Run: {@code java -jar jcstress.jar -t ConditionWakesNoMoreThanAsked -jvmArgsPrepend
 * --enable-native-access=ALL-UNNAMED} (see the module README for the JDK and folder).
 */
public class ConditionWakesNoMoreThanAsked {

    /*
     * One mapped condition for every spawn state. Only the two actor threads use it, and
     * both are inside the same state while one waits and the other notifies (B waits for A's
     * "waiting" mark of this state first), so a signal never crosses states.
     */
    private static final Condition SPAWN = new Condition(Context.spawn());

    private ConditionWakesNoMoreThanAsked() {}

    /** The per-state part: flags guarded by the condition's lock. */
    static final class Round {
        final Condition c;
        boolean waiting;
        int phase;

        Round(Condition c) {
            this.c = c;
        }

        int waiterA() {
            try (var _ = c.hold()) {
                waiting = true;
                while (phase == 0) {
                    c.await(Duration.ofMillis(100));
                }
                int seen = phase;
                phase = 2;
                c.signalAll();
                return seen;
            }
        }

        int actorB() {
            while (true) {
                try (var _ = c.hold()) {
                    if (waiting) {
                        phase = 1;
                        c.signal(1);
                        c.await();
                        return phase;
                    }
                }
                Thread.onSpinWait();
            }
        }
    }

    /** The spawn-context condition: tickets and permits in a mapped block over a mapped RLock. */
    @JCStressTest
    @Outcome(id = "1, 2", expect = ACCEPTABLE, desc = "signal(1) woke A only; B woke when A opened phase 2.")
    @Outcome(id = "1, 1", expect = FORBIDDEN, desc = "signal(1) also woke B, which started waiting after it.")
    @Outcome(expect = FORBIDDEN, desc = "A woke in a phase that is not 1.")
    @State
    public static class Spawn {
        private final Round round = new Round(SPAWN);

        @Actor
        public void a(II_Result r) {
            r.r1 = round.waiterA();
        }

        @Actor
        public void b(II_Result r) {
            r.r2 = round.actorB();
        }
    }

    /** The threads-context condition (the RLock's java.util.concurrent condition), one per state. */
    @JCStressTest
    @Outcome(id = "1, 2", expect = ACCEPTABLE, desc = "signal(1) woke A only; B woke when A opened phase 2.")
    @Outcome(id = "1, 1", expect = FORBIDDEN, desc = "signal(1) also woke B, which started waiting after it.")
    @Outcome(expect = FORBIDDEN, desc = "A woke in a phase that is not 1.")
    @State
    public static class Threads {
        private final Round round = new Round(new Condition(Context.threads()));

        @Actor
        public void a(II_Result r) {
            r.r1 = round.waiterA();
        }

        @Actor
        public void b(II_Result r) {
            r.r2 = round.actorB();
        }
    }
}
