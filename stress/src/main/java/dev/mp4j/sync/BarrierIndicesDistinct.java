package dev.mp4j.sync;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.mp4j.core.Context;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Invariant: the parties of one cycle of a {@link Barrier} get distinct indices: two
 * parties of a barrier of 2 get 0 and 1.
 *
 * <p>Run: {@code java -jar jcstress.jar -t BarrierIndicesDistinct -jvmArgsPrepend
 * --enable-native-access=ALL-UNNAMED} (see the module README for the JDK and folder).
 */
public class BarrierIndicesDistinct {

    /*
     * One mapped barrier for every spawn state. Only the two actor threads use it and each
     * calls await once per state, in the same order of states, so the k-th cycle is made of
     * the two actors of the k-th state: a cycle never mixes states.
     */
    private static final Barrier SPAWN = new Barrier(Context.spawn(), 2);

    private BarrierIndicesDistinct() {}

    /** The spawn-context barrier: a lock, a condition and state in mapped files. */
    @JCStressTest
    @Outcome(id = {"0, 1", "1, 0"}, expect = ACCEPTABLE, desc = "Distinct indices, in order of arrival.")
    @Outcome(expect = FORBIDDEN, desc = "Both parties got the same index.")
    @State
    public static class Spawn {
        @Actor
        public void a1(II_Result r) {
            r.r1 = SPAWN.await();
        }

        @Actor
        public void a2(II_Result r) {
            r.r2 = SPAWN.await();
        }
    }

    /** The threads-context barrier, one per state. */
    @JCStressTest
    @Outcome(id = {"0, 1", "1, 0"}, expect = ACCEPTABLE, desc = "Distinct indices, in order of arrival.")
    @Outcome(expect = FORBIDDEN, desc = "Both parties got the same index.")
    @State
    public static class Threads {
        private final Barrier b = new Barrier(Context.threads(), 2);

        @Actor
        public void a1(II_Result r) {
            r.r1 = b.await();
        }

        @Actor
        public void a2(II_Result r) {
            r.r2 = b.await();
        }
    }
}
