package dev.mp4j.bench;

import dev.mp4j.core.Context;
import dev.mp4j.shared.RawArray;
import dev.mp4j.shared.RawValue;
import dev.mp4j.shared.Value;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The uncontended cost of a spawn-context {@code Value('q')}'s get, set and atomic increment
 * (a volatile access or a fetch-and-add on a word of a mapped file), with and without its
 * lock, against a plain {@link AtomicLong} as the yardstick; and an unboxed element read of a
 * mapped {@code RawArray('d')}.
 *
 * <p>Target: {@code rawGet}, {@code rawSet} and {@code rawIncrementAndGet} within 2x of their
 * {@code atomicLong*} twins; the locked {@code valueGet}/{@code valueSet} pay one RLock
 * acquire and release on top.
 *
 * <pre>{@code
 * java -jar mp4j-bench.jar jmh ValueBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s
 * }</pre>
 *
 * <p>Each benchmark thread has its own values ({@link Scope#Thread}), so nothing is contended.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
// Forked JVMs map spawn-context memory and may call the futex downcall of the RLock.
@Fork(value = 2, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class ValueBenchmark {

    private AtomicLong atomicLong;
    private RawValue<Long> raw;
    private Value<Long> value;
    private RawArray<Double> doubles;
    private long next;

    @Setup(Level.Trial)
    public void setUp() {
        atomicLong = new AtomicLong();
        raw = RawValue.ofLong(Context.spawn(), 0);
        value = Value.ofLong(Context.spawn(), 0);
        doubles = RawArray.of(Context.spawn(), 'd', 1024);
    }

    @Benchmark
    public long atomicLongGet() {
        return atomicLong.get();
    }

    @Benchmark
    public void atomicLongSet() {
        atomicLong.set(next++);
    }

    @Benchmark
    public long atomicLongIncrementAndGet() {
        return atomicLong.incrementAndGet();
    }

    @Benchmark
    public Long rawGet() {
        return raw.get();
    }

    @Benchmark
    public void rawSet() {
        raw.set(next++);
    }

    @Benchmark
    public Long rawIncrementAndGet() {
        return raw.incrementAndGet();
    }

    @Benchmark
    public Long valueGet() {
        return value.get();
    }

    @Benchmark
    public void valueSet() {
        value.set(next++);
    }

    @Benchmark
    public Long valueIncrementAndGet() {
        return value.incrementAndGet();
    }

    @Benchmark
    public double arrayGetDouble() {
        return doubles.getDouble((int) (next++ & 1023));
    }
}
