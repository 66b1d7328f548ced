package dev.mp4j.queues;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.mp4j.core.Context;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * Invariant: {@link Queue#qsize()} is never negative while another thread puts and takes:
 * the count is one instant's {@code puts - takes} (spawn) or the deque's size (threads),
 * never a take counted before its put.
 *
 * <p>The spawn states share one queue (a mapped file per state would be a megabyte each);
 * the invariant holds whatever the other states did, and each state leaves as many items as
 * it found: its actor puts one and then takes one (a blocking get, which returns because
 * every actor puts before it gets).
 *
 * <p>Run: {@code java -jar jcstress.jar -t QueueSizeNeverNegative -jvmArgsPrepend
 * --enable-native-access=ALL-UNNAMED}.
 */
public class QueueSizeNeverNegative {

    private static final Queue<Integer> SPAWN = new Queue<>(Context.spawn());

    private QueueSizeNeverNegative() {}

    /** Puts one and takes one, as the other actor looks. */
    static void putThenGet(Queue<Integer> q) {
        q.put(1);
        q.get();
    }

    /** r1: qsize(), or -1 if it was negative, 2 if it was more than one (only other states' items can make it so). */
    static void look(Queue<Integer> q, I_Result r) {
        int size = q.qsize();
        r.r1 = size < 0 ? -1 : Math.min(size, 2);
    }

    /** The spawn-context queue, shared by every state. */
    @JCStressTest
    @Outcome(id = "0", expect = ACCEPTABLE, desc = "Seen before the put or after the get.")
    @Outcome(id = "1", expect = ACCEPTABLE, desc = "Seen between the put and the get.")
    @Outcome(id = "2", expect = ACCEPTABLE, desc = "Seen while other states' items were in the shared queue too.")
    @Outcome(expect = FORBIDDEN, desc = "qsize() was negative: a take counted before its put.")
    @State
    public static class Spawn {
        private final Queue<Integer> q = SPAWN;

        @Actor
        public void worker() {
            putThenGet(q);
        }

        @Actor
        public void observer(I_Result r) {
            look(q, r);
        }
    }

    /** The threads-context queue, one per state. */
    @JCStressTest
    @Outcome(id = "0", expect = ACCEPTABLE, desc = "Seen before the put or after the get.")
    @Outcome(id = "1", expect = ACCEPTABLE, desc = "Seen between the put and the get.")
    @Outcome(expect = FORBIDDEN, desc = "qsize() was negative, or counted an item that was never put.")
    @State
    public static class Threads {
        private final Queue<Integer> q = new Queue<>(Context.threads());

        @Actor
        public void worker() {
            putThenGet(q);
        }

        @Actor
        public void observer(I_Result r) {
            look(q, r);
        }
    }
}
