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
    Lesson 2: hold the Value's lock across the whole read-modify-write.

    The same counter as Lesson 1, but each worker holds the Value's own lock around its get
    and its set (Python:  with v.get_lock(): v.value += 1). The lock is an RLock, so get()
    and set(), which take it again inside, simply re-enter. No other worker can read between
    this worker's get and set, so the lost update of Lesson 1 is now FORBIDDEN.

    How to run this lesson, from the repository root, with a JDK 25 java:
        cd stress/target && java -jar jcstress.jar -m quick -t Lesson02_HoldTheLock \
            -jvmArgsPrepend --enable-native-access=ALL-UNNAMED

    A real run (with -m quick, all JVM configurations merged; 2 cores, x86_64, JDK 25):

        RESULT     SAMPLES     FREQ      EXPECT  DESCRIPTION
             1           0    0.00%   Forbidden  Lost update despite the lock: both actors read 0 and both...
             2  45,313,649  100.00%  Acceptable  Both increments landed: the lock kept each get-then-set w...
 */
@JCStressTest
@Outcome(id = "2", expect = ACCEPTABLE, desc = "Both increments landed: the lock kept each get-then-set whole.")
@Outcome(id = "1", expect = FORBIDDEN, desc = "Lost update despite the lock: both actors read 0 and both wrote 1.")
@State
public class Lesson02_HoldTheLock {

    private final Value<Integer> v = Value.ofInt(Context.threads(), 0);

    @Actor
    public void actor1() {
        try (var _ = v.hold()) {
            v.set(v.get() + 1);
        }
    }

    @Actor
    public void actor2() {
        try (var _ = v.hold()) {
            v.set(v.get() + 1);
        }
    }

    @Arbiter
    public void arbiter(I_Result r) {
        r.r1 = v.get();
    }
}
