package dev.mp4j.sync;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.mp4j.core.Context;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Invariant: a {@link BoundedSemaphore} never passes its initial value, even when two
 * releases race for the last free place: a semaphore of 2 with one permit taken sees two
 * concurrent releases; exactly one succeeds and the other fails, leaving the value at 2.
 *
 * <p>Threads context only: the outcome is about one semaphore's value, so each state needs
 * its own, and a spawn semaphore per state would be a mapped file per state. The spawn
 * backing does the same bounded CAS, covered by the sync contract tests between JVMs.
 *
 * <p>Run: {@code java -jar jcstress.jar -t BoundedSemaphoreReleasesOnlyUpToBound}.
 */
@JCStressTest
@Outcome(id = {"1, 0, 2", "0, 1, 2"}, expect = ACCEPTABLE, desc = "One release landed, the other was refused: the value is at its bound.")
@Outcome(id = "1, 1, 3", expect = FORBIDDEN, desc = "Both releases landed: the value passed the bound.")
@Outcome(expect = FORBIDDEN, desc = "Anything else: a release lost or both refused.")
@State
public class BoundedSemaphoreReleasesOnlyUpToBound {

    private final BoundedSemaphore s = new BoundedSemaphore(Context.threads(), 2);

    public BoundedSemaphoreReleasesOnlyUpToBound() {
        s.acquire();
    }

    static int tryRelease(BoundedSemaphore s) {
        try {
            s.release();
            return 1;
        } catch (IllegalMonitorStateException refused) {
            return 0;
        }
    }

    @Actor
    public void a1(III_Result r) {
        r.r1 = tryRelease(s);
    }

    @Actor
    public void a2(III_Result r) {
        r.r2 = tryRelease(s);
    }

    @Arbiter
    public void arbiter(III_Result r) {
        r.r3 = s.getValue();
    }
}
