package dev.mp4j.shared;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.mp4j.core.Context;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;

/**
 * Invariant: a read of an 8-byte shared value, or of an 8-byte Array element, sees a whole
 * value that some write stored, never half of one write and half of another.
 *
 * <p>The writer stores all ones ({@code -1L}) where only zeros and all ones are ever stored;
 * the reader reads once. Anything but {@code 0} or {@code -1} is a torn read.
 *
 * <p>Run: {@code java -jar jcstress.jar -t EightByteValuesAreNotTorn -jvmArgsPrepend
 * --enable-native-access=ALL-UNNAMED} (see the module README for the JDK and folder).
 */
public class EightByteValuesAreNotTorn {

    /*
     * A spawn-context value is a mapped file and jcstress creates millions of states, so the
     * spawn tests share one value (one array) per class. Only 0 and -1 are ever stored, so
     * the states' interleaving changes which of the two a read sees, never the invariant.
     */
    private static final RawValue<Long> SPAWN_VALUE = RawValue.ofLong(Context.spawn(), 0);
    private static final RawArray<Long> SPAWN_ARRAY = RawArray.of(Context.spawn(), 'q', 2);

    private EightByteValuesAreNotTorn() {}

    /** A spawn-context {@code RawValue('q')}: an 8-byte word of a mapped file. */
    @JCStressTest
    @Outcome(id = "0", expect = ACCEPTABLE, desc = "Read all zeros: the write had not landed (or was reset).")
    @Outcome(id = "-1", expect = ACCEPTABLE, desc = "Read all ones: the whole write landed.")
    @Outcome(expect = FORBIDDEN, desc = "Torn read: half of one write and half of another.")
    @State
    public static class SpawnValue {

        public SpawnValue() {
            SPAWN_VALUE.set(0L);
        }

        @Actor
        public void writer() {
            SPAWN_VALUE.set(-1L);
        }

        @Actor
        public void reader(J_Result r) {
            r.r1 = SPAWN_VALUE.get();
        }
    }

    /** An element of a spawn-context {@code RawArray('q')}, through the unboxed path. */
    @JCStressTest
    @Outcome(id = "0", expect = ACCEPTABLE, desc = "Read all zeros: the write had not landed (or was reset).")
    @Outcome(id = "-1", expect = ACCEPTABLE, desc = "Read all ones: the whole write landed.")
    @Outcome(expect = FORBIDDEN, desc = "Torn read: half of one write and half of another.")
    @State
    public static class SpawnArrayElement {

        public SpawnArrayElement() {
            SPAWN_ARRAY.setLong(1, 0L);
        }

        @Actor
        public void writer() {
            SPAWN_ARRAY.setLong(1, -1L);
        }

        @Actor
        public void reader(J_Result r) {
            r.r1 = SPAWN_ARRAY.getLong(1);
        }
    }

    /** A threads-context {@code RawValue('q')}, one per state. */
    @JCStressTest
    @Outcome(id = "0", expect = ACCEPTABLE, desc = "Read all zeros: the write had not landed.")
    @Outcome(id = "-1", expect = ACCEPTABLE, desc = "Read all ones: the whole write landed.")
    @Outcome(expect = FORBIDDEN, desc = "Torn read: half of one write and half of another.")
    @State
    public static class ThreadsValue {
        private final RawValue<Long> value = RawValue.ofLong(Context.threads(), 0);

        @Actor
        public void writer() {
            value.set(-1L);
        }

        @Actor
        public void reader(J_Result r) {
            r.r1 = value.get();
        }
    }
}
