package dev.mp4j.shared.lessons;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.mp4j.core.Context;
import dev.mp4j.sync.Barrier;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/*
    Lesson 7: a computation in phases, with and without a Barrier.

    Two workers compute in two phases. In phase 1 each computes its half (here: writes 1
    into its own cell); in phase 2 each combines its half with the other's. Without a
    barrier, a worker may start phase 2 before the other has finished phase 1 and combine
    with a half that is not there yet (it reads 0). Barrier.await() between the phases
    makes every worker finish phase 1 before any starts phase 2, and it also publishes the
    phase-1 writes: after await, each worker sees the other's half.

    How to run this lesson, from the repository root, with a JDK 25 java:
        cd stress/target && java -jar jcstress.jar -m quick -t Lesson07_BarrierPhases \
            -jvmArgsPrepend --enable-native-access=ALL-UNNAMED
    or through Maven:
        mvn -f stress/pom.xml verify -Dstress.tests=Lesson07

    A real run of WithoutABarrier (the short mode of the Maven build; 2 cores, x86_64, JDK 25):

        RESULT    SAMPLES     FREQ       EXPECT  DESCRIPTION
          0, 0  3,148,469   53.18%  Interesting  A worker combined with a half not computed yet. Fix: a Ba...
          0, 1  2,183,930   36.89%  Interesting  A worker combined with a half not computed yet. Fix: a Ba...
          1, 0    588,351    9.94%  Interesting  A worker combined with a half not computed yet. Fix: a Ba...
          1, 1         94   <0.01%   Acceptable  Both halves were ready in time, this time.

    What a student should see (r1, r2: the other half as each worker read it in phase 2):
    in WithoutABarrier, results with a 0 appear (Interesting); in WithABarrier only
    "1, 1" appears, and a 0 is Forbidden.
 */
public class Lesson07_BarrierPhases {

    private Lesson07_BarrierPhases() {}

    /** Phase 2 starts whenever a worker is done with its own phase 1. */
    @JCStressTest
    @Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "Both halves were ready in time, this time.")
    @Outcome(expect = ACCEPTABLE_INTERESTING, desc = "A worker combined with a half not computed yet. Fix: a Barrier.")
    @State
    public static class WithoutABarrier {
        private int half1;
        private int half2;

        @Actor
        public void worker1(II_Result r) {
            half1 = 1;
            r.r1 = half2;
        }

        @Actor
        public void worker2(II_Result r) {
            half2 = 1;
            r.r2 = half1;
        }
    }

    /** The workers meet at a Barrier between the phases. */
    @JCStressTest
    @Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "Each worker combined with the other's finished half.")
    @Outcome(expect = FORBIDDEN, desc = "A worker passed the barrier before the other finished phase 1.")
    @State
    public static class WithABarrier {
        private final Barrier phase = new Barrier(Context.threads(), 2);
        private int half1;
        private int half2;

        @Actor
        public void worker1(II_Result r) {
            half1 = 1;
            phase.await();
            r.r1 = half2;
        }

        @Actor
        public void worker2(II_Result r) {
            half2 = 1;
            phase.await();
            r.r2 = half1;
        }
    }
}
