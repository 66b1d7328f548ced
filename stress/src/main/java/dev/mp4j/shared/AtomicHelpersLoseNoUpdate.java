package dev.mp4j.shared;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.mp4j.core.Context;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * Invariant: the atomic helpers of Values and Array elements lose no update, with no lock:
 * two concurrent {@code getAndAdd(1)} both land, and a 1-byte element's CAS (done on the
 * 4-byte word that holds it) never overwrites its neighbour in the same word.
 *
 * <p>Run: {@code java -jar jcstress.jar -t AtomicHelpersLoseNoUpdate -jvmArgsPrepend
 * --enable-native-access=ALL-UNNAMED} (see the module README for the JDK and folder).
 */
public class AtomicHelpersLoseNoUpdate {

    /*
     * Spawn-context memory is a mapped file and jcstress creates millions of states. The
     * spawn Value tests share one value per class and check that the two previous values
     * returned are distinct (a lost update returns the same one twice), whatever other
     * states did in between. The spawn Array test gives each state its own pair of elements
     * of one large array, reused round-robin long after the state is done.
     */
    private static final RawValue<Long> SPAWN_LONG = RawValue.ofLong(Context.spawn(), 0);
    private static final RawValue<Short> SPAWN_SHORT = RawValue.of(Context.spawn(), 'h', (short) 0);
    private static final int SLOTS = 1 << 20;
    private static final RawArray<Byte> SPAWN_BYTES = RawArray.of(Context.spawn(), 'b', SLOTS);
    private static final AtomicInteger NEXT_PAIR = new AtomicInteger();

    private AtomicHelpersLoseNoUpdate() {}

    /** {@code getAndAdd(1)} on a spawn-context {@code 'q'}: one fetch-and-add on the mapped word. */
    @JCStressTest
    @Outcome(id = "1", expect = ACCEPTABLE, desc = "Distinct previous values: both additions landed.")
    @Outcome(id = "0", expect = FORBIDDEN, desc = "The same previous value twice: an addition was lost.")
    @State
    public static class SpawnLongValue {
        private long prev1;
        private long prev2;

        @Actor
        public void actor1() {
            prev1 = SPAWN_LONG.getAndAdd(1);
        }

        @Actor
        public void actor2() {
            prev2 = SPAWN_LONG.getAndAdd(1);
        }

        @Arbiter
        public void arbiter(I_Result r) {
            r.r1 = prev1 != prev2 ? 1 : 0;
        }
    }

    /** {@code getAndAdd(1)} on a spawn-context {@code 'h'}: a CAS loop that wraps at 16 bits. */
    @JCStressTest
    @Outcome(id = "1", expect = ACCEPTABLE, desc = "Distinct previous values: both additions landed.")
    @Outcome(id = "0", expect = FORBIDDEN, desc = "The same previous value twice: an addition was lost.")
    @State
    public static class SpawnShortValue {
        private short prev1;
        private short prev2;

        @Actor
        public void actor1() {
            prev1 = SPAWN_SHORT.getAndAdd(1);
        }

        @Actor
        public void actor2() {
            prev2 = SPAWN_SHORT.getAndAdd(1);
        }

        @Arbiter
        public void arbiter(I_Result r) {
            r.r1 = prev1 != prev2 ? 1 : 0;
        }
    }

    /** Two neighbouring {@code 'b'} elements of one 4-byte word of a mapped array, one per actor. */
    @JCStressTest
    @Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "Both elements were incremented once.")
    @Outcome(expect = FORBIDDEN, desc = "An increment of one element overwrote the other's.")
    @State
    public static class SpawnByteNeighbours {
        private final int first;

        public SpawnByteNeighbours() {
            first = (NEXT_PAIR.getAndIncrement() & (SLOTS / 2 - 1)) * 2;
            SPAWN_BYTES.set(first, (byte) 0);
            SPAWN_BYTES.set(first + 1, (byte) 0);
        }

        @Actor
        public void actor1() {
            SPAWN_BYTES.incrementAndGet(first);
        }

        @Actor
        public void actor2() {
            SPAWN_BYTES.incrementAndGet(first + 1);
        }

        @Arbiter
        public void arbiter(II_Result r) {
            r.r1 = SPAWN_BYTES.get(first);
            r.r2 = SPAWN_BYTES.get(first + 1);
        }
    }

    /** Two increments of one threads-context {@code 'q'} Value, one per state. */
    @JCStressTest
    @Outcome(id = "2", expect = ACCEPTABLE, desc = "Both increments landed.")
    @Outcome(id = "1", expect = FORBIDDEN, desc = "Lost update.")
    @State
    public static class ThreadsLongValue {
        private final Value<Long> value = Value.ofLong(Context.threads(), 0);

        @Actor
        public void actor1() {
            value.incrementAndGet();
        }

        @Actor
        public void actor2() {
            value.incrementAndGet();
        }

        @Arbiter
        public void arbiter(I_Result r) {
            r.r1 = value.get().intValue();
        }
    }

    /** Two neighbouring {@code 'b'} elements of a threads-context array, one per actor. */
    @JCStressTest
    @Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "Both elements were incremented once.")
    @Outcome(expect = FORBIDDEN, desc = "An increment of one element overwrote the other's.")
    @State
    public static class ThreadsByteNeighbours {
        private final RawArray<Byte> bytes = RawArray.of(Context.threads(), 'b', 4);

        @Actor
        public void actor1() {
            bytes.incrementAndGet(1);
        }

        @Actor
        public void actor2() {
            bytes.incrementAndGet(2);
        }

        @Arbiter
        public void arbiter(II_Result r) {
            r.r1 = bytes.get(1);
            r.r2 = bytes.get(2);
        }
    }
}
