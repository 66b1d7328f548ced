package dev.mp4j.queues;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.mp4j.core.Context;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Invariant: a {@link Queue#put} happens-before the {@code get} that returns its item: a
 * plain write made before the put is visible after a {@code getNowait()} that returns it.
 *
 * <p>Threads context only: each state needs a queue of its own, and a spawn queue is a
 * mapped file of a megabyte (one queue shared by all states would hand one state's item to
 * another). The spawn queue's ordering is the same volatile store and load of its PRODUCED
 * word; {@link QueuePutWakesGet} runs it in the spawn context.
 *
 * <p>Run: {@code java -jar jcstress.jar -t QueuePutHappensBeforeGet}.
 */
@JCStressTest
@Outcome(id = "1, 42", expect = ACCEPTABLE, desc = "The get took the item and saw the write made before its put.")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "The get ran before the put and found the queue empty.")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "The get took the item but not the write made before its put.")
@State
public class QueuePutHappensBeforeGet {

    private final Queue<Integer> q = new Queue<>(Context.threads());
    private int data;

    @Actor
    public void producer() {
        data = 42;
        q.put(1);
    }

    @Actor
    public void consumer(II_Result r) {
        try {
            r.r1 = q.getNowait();
            r.r2 = data;
        } catch (Empty e) {
            r.r1 = 0;
        }
    }
}
