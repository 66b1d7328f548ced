package dev.mp4j.queues;

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
 * Invariant: a thread blocked in {@link Queue#get()} of an empty queue is woken by a
 * {@code put}, and takes its item; a put is never lost.
 *
 * <p>Termination test: the actor blocks (spinning, then asleep on the futex of the ring's
 * tail in the spawn context); the signal's put must wake it. A get still blocked is STALE,
 * which is {@code FORBIDDEN}.
 *
 * <p>Run: {@code java -jar jcstress.jar -t QueuePutWakesGet -jvmArgsPrepend
 * --enable-native-access=ALL-UNNAMED}.
 */
public class QueuePutWakesGet {

    /*
     * One mapped queue for every spawn state: termination states run one at a time, and
     * each leaves the queue empty (its get took its put's item).
     */
    private static final Queue<Integer> SPAWN = new Queue<>(Context.spawn());

    private QueuePutWakesGet() {}

    /** The spawn-context queue, a ring in a mapped file. */
    @JCStressTest(Mode.Termination)
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The put woke the blocked get.")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "Lost wake-up: an item was put but the get stayed asleep.")
    @State
    public static class Spawn {
        private final Queue<Integer> q = SPAWN;

        @Actor
        public void actor() {
            q.get();
        }

        @Signal
        public void signal() {
            q.put(1);
        }
    }

    /** The threads-context queue, one per state. */
    @JCStressTest(Mode.Termination)
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The put woke the blocked get.")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "Lost wake-up: an item was put but the get stayed asleep.")
    @State
    public static class Threads {
        private final Queue<Integer> q = new Queue<>(Context.threads());

        @Actor
        public void actor() {
            q.get();
        }

        @Signal
        public void signal() {
            q.put(1);
        }
    }
}
