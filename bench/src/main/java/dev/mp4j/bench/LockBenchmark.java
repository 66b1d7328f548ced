package dev.mp4j.bench;

import dev.mp4j.core.Context;
import dev.mp4j.sync.Lock;
import dev.mp4j.sync.RLock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
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
 * The uncontended cost of one acquire and release, for each kind of lock: the spawn
 * context's mapped {@link Lock} and {@link RLock} (a CAS on a mapped word), the threads
 * context's (AQS), and {@link ReentrantLock} as the yardstick.
 *
 * <p>Target: the mapped Lock within 2x of ReentrantLock.
 *
 * <pre>{@code
 * java -jar mp4j-bench.jar jmh LockBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s
 * }</pre>
 *
 * <p>Each benchmark thread has its own locks ({@link Scope#Thread}), so the locks stay
 * uncontended however many threads JMH runs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
// Forked JVMs call the futex downcall of the mapped locks: a restricted method.
@Fork(value = 2, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class LockBenchmark {

    private ReentrantLock reentrantLock;
    private Lock spawnLock;
    private Lock threadsLock;
    private RLock spawnRLock;
    private RLock threadsRLock;

    @Setup(Level.Trial)
    public void setUp() {
        reentrantLock = new ReentrantLock();
        spawnLock = new Lock(Context.spawn());
        threadsLock = new Lock(Context.threads());
        spawnRLock = new RLock(Context.spawn());
        threadsRLock = new RLock(Context.threads());
    }

    @Benchmark
    public void reentrantLock() {
        reentrantLock.lock();
        reentrantLock.unlock();
    }

    @Benchmark
    public void spawnLock() {
        spawnLock.acquire();
        spawnLock.release();
    }

    /** The form users write: {@code try (var _ = lock.hold())}. */
    @Benchmark
    public void spawnLockHold() {
        try (var _ = spawnLock.hold()) {
            // Nothing under the lock: only acquire and release are measured.
        }
    }

    @Benchmark
    public void threadsLock() {
        threadsLock.acquire();
        threadsLock.release();
    }

    @Benchmark
    public void spawnRLock() {
        spawnRLock.acquire();
        spawnRLock.release();
    }

    @Benchmark
    public void threadsRLock() {
        threadsRLock.acquire();
        threadsRLock.release();
    }
}
