package dev.mp4j.shared.lessons;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.mp4j.core.Context;
import dev.mp4j.shared.Value;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/*
    Lesson 3: let the Value add atomically.

    The same counter as Lesson 1, but each worker calls v.incrementAndGet(): one atomic
    read-modify-write on the shared cell (a CPU fetch-and-add; in the spawn context, on the
    mapped memory itself), with no lock at all. There is no gap between reading and writing
    for another worker to fall into, so the lost update is FORBIDDEN. Python has no such
    method; mp4j adds it because it is cheaper than taking the lock.

    How to run this lesson, from the repository root, with a JDK 25 java:
        cd stress/target && java -jar jcstress.jar -m quick -t Lesson03_IncrementAndGet \
            -jvmArgsPrepend --enable-native-access=ALL-UNNAMED

    A real run (with -m quick, all JVM configurations merged; 2 cores, x86_64, JDK 25):

        RESULT     SAMPLES     FREQ      EXPECT  DESCRIPTION
             1           0    0.00%   Forbidden  Lost update: an atomic increment overwrote the other one.
             2  94,312,714  100.00%  Acceptable  Both increments landed: each incrementAndGet() was one at...
 */
@JCStressTest
@Outcome(id = "2", expect = ACCEPTABLE, desc = "Both increments landed: each incrementAndGet() was one atomic step.")
@Outcome(id = "1", expect = FORBIDDEN, desc = "Lost update: an atomic increment overwrote the other one.")
@State
public class Lesson03_IncrementAndGet {

    private final Value<Integer> v = Value.ofInt(Context.threads(), 0);

    @Actor
    public void actor1() {
        v.incrementAndGet();
    }

    @Actor
    public void actor2() {
        v.incrementAndGet();
    }

    @Arbiter
    public void arbiter(I_Result r) {
        r.r1 = v.get();
    }
}
