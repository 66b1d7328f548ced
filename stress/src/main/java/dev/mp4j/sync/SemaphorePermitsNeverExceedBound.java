package dev.mp4j.sync;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.mp4j.core.Context;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Invariant: a {@link Semaphore} never has more holders than permits: two actors each
 * take the single permit of a {@code Semaphore(1)}, count themselves in, record how many are
 * inside, and leave. (Two actors, because jcstress schedules a test only with a CPU per
 * actor, and CI machines have two.)
 *
 * <p>Run: {@code java -jar jcstress.jar -t SemaphorePermitsNeverExceedBound -jvmArgsPrepend
 * --enable-native-access=ALL-UNNAMED} (see the module README for the JDK and folder).
 */
public class SemaphorePermitsNeverExceedBound {

    /*
     * One mapped semaphore for every state, with one count of holders beside it: the bound
     * holds across all states at once, which is the stronger statement.
     */
    private static final Semaphore SPAWN = new Semaphore(Context.spawn(), 1);
    private static final AtomicInteger SPAWN_INSIDE = new AtomicInteger();

    private SemaphorePermitsNeverExceedBound() {}

    static int visit(Semaphore s, AtomicInteger inside) {
        s.acquire();
        try {
            int n = inside.incrementAndGet();
            inside.decrementAndGet();
            return n;
        } finally {
            s.release();
        }
    }

    /** The spawn-context semaphore: a futex counter in a mapped file. */
    @JCStressTest
    @Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "One holder at a time.")
    @Outcome(expect = FORBIDDEN, desc = "Two holders at once: the semaphore gave out a second permit.")
    @State
    public static class Spawn {
        @Actor
        public void a1(II_Result r) {
            r.r1 = visit(SPAWN, SPAWN_INSIDE);
        }

        @Actor
        public void a2(II_Result r) {
            r.r2 = visit(SPAWN, SPAWN_INSIDE);
        }

    }

    /** The threads-context semaphore (AQS), one per state. */
    @JCStressTest
    @Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "One holder at a time.")
    @Outcome(expect = FORBIDDEN, desc = "Two holders at once: the semaphore gave out a second permit.")
    @State
    public static class Threads {
        private final Semaphore s = new Semaphore(Context.threads(), 1);
        private final AtomicInteger inside = new AtomicInteger();

        @Actor
        public void a1(II_Result r) {
            r.r1 = visit(s, inside);
        }

        @Actor
        public void a2(II_Result r) {
            r.r2 = visit(s, inside);
        }

    }
}
