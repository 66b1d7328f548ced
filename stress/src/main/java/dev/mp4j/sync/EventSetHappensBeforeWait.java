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
 * Invariant: {@link Event#set()} happens-before a wait that sees it: a plain write made
 * before {@code set()} is visible after an {@code await(ZERO)} that returns true.
 *
 * <p>Threads context only: each state needs an event of its own (a spawn event is a mapped
 * file, and one event shared by all states would be set by another state's actor). The
 * spawn event's ordering comes from the same volatile/CAS pair on a mapped word;
 * {@link EventSetWakesWaiter} runs it in the spawn context.
 *
 * <p>Run: {@code java -jar jcstress.jar -t EventSetHappensBeforeWait}.
 */
@JCStressTest
@Outcome(id = "1, 42", expect = ACCEPTABLE, desc = "The wait saw the set and the write before it.")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "The wait ran before the set.")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "The wait saw the set but not the write made before it.")
@State
public class EventSetHappensBeforeWait {

    private final Event e = new Event(Context.threads());
    private int data;

    @Actor
    public void setter() {
        data = 42;
        e.set();
    }

    @Actor
    public void waiter(II_Result r) {
        if (e.await(Duration.ZERO)) {
            r.r1 = 1;
            r.r2 = data;
        }
    }
}
