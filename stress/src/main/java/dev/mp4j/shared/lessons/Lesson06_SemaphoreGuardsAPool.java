package dev.mp4j.shared.lessons;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.mp4j.core.Context;
import dev.mp4j.sync.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/*
    Lesson 6: a Semaphore guarding a pool of resources.

    A pool has 1 connection and 2 workers want it. Each worker takes the connection,
    counts itself in, records how many workers are using the pool, and leaves. Without a
    guard, nothing stops the second worker: the pool is overcommitted ("2" appears). A
    Semaphore(1) hands out 1 permit; the second worker blocks in acquire() until it is
    released, so no worker ever sees 2 inside. With N connections, Semaphore(N) does the
    same for N + 1 workers (jcstress needs a CPU per worker, so the lesson keeps to two).

    How to run this lesson, from the repository root, with a JDK 25 java:
        cd stress/target && java -jar jcstress.jar -m quick -t Lesson06_SemaphoreGuardsAPool \
            -jvmArgsPrepend --enable-native-access=ALL-UNNAMED
    or through Maven:
        mvn -f stress/pom.xml verify -Dstress.tests=Lesson06

    A real run of Unguarded (the short mode of the Maven build; 2 cores, x86_64, JDK 25):

        RESULT    SAMPLES     FREQ       EXPECT  DESCRIPTION
          1, 1  3,943,783   98.20%   Acceptable  One inside at a time, this time.
          1, 2     32,120    0.80%  Interesting  Two workers in a pool of one. Fix: a Semaphore(1).
          2, 1     40,301    1.00%  Interesting  Two workers in a pool of one. Fix: a Semaphore(1).

    What a student should see (r1, r2: how many were inside when each worker entered): in
    Unguarded, results with a 2 appear (Interesting); in Guarded they never do (Forbidden).
 */
public class Lesson06_SemaphoreGuardsAPool {

    private Lesson06_SemaphoreGuardsAPool() {}

    static int use(AtomicInteger inside) {
        int n = inside.incrementAndGet();
        Thread.onSpinWait(); // use the connection
        inside.decrementAndGet();
        return n;
    }

    /** Every worker walks in. */
    @JCStressTest
    @Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "One inside at a time, this time.")
    @Outcome(expect = ACCEPTABLE_INTERESTING, desc = "Two workers in a pool of one. Fix: a Semaphore(1).")
    @State
    public static class Unguarded {
        private final AtomicInteger inside = new AtomicInteger();

        @Actor
        public void w1(II_Result r) {
            r.r1 = use(inside);
        }

        @Actor
        public void w2(II_Result r) {
            r.r2 = use(inside);
        }

    }

    /** Each worker holds the permit of a Semaphore(1) while it uses the pool. */
    @JCStressTest
    @Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "One inside at a time: the second waited for the permit.")
    @Outcome(expect = FORBIDDEN, desc = "Two workers inside despite the Semaphore.")
    @State
    public static class Guarded {
        private final Semaphore pool = new Semaphore(Context.threads(), 1);
        private final AtomicInteger inside = new AtomicInteger();

        private int guardedUse() {
            try (var _ = pool.hold()) {
                return use(inside);
            }
        }

        @Actor
        public void w1(II_Result r) {
            r.r1 = guardedUse();
        }

        @Actor
        public void w2(II_Result r) {
            r.r2 = guardedUse();
        }

    }
}
