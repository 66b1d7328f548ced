package dev.mp4j.bench;

import dev.mp4j.core.Context;
import dev.mp4j.queues.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
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
 * The uncontended cost of one put and one get, in one thread: the threads context's
 * {@link Queue} against {@link ArrayBlockingQueue}, whose design it follows, and the spawn
 * context's mapped ring (encoding, the two locks, the copies).
 *
 * <p>Target: the threads Queue within 1.5x of ArrayBlockingQueue.
 *
 * <pre>{@code
 * java -jar mp4j-bench.jar jmh QueueBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class QueueBenchmark {

    private static final Integer ITEM = 42;

    private ArrayBlockingQueue<Integer> arrayBlockingQueue;
    private Queue<Integer> threadsQueue;
    private Queue<Integer> spawnQueue;

    @Setup(Level.Trial)
    public void setUp() {
        arrayBlockingQueue = new ArrayBlockingQueue<>(1024);
        threadsQueue = new Queue<>(Context.threads(), 1024);
        spawnQueue = new Queue<>(Context.spawn(), 1024);
    }

    @Benchmark
    public Integer arrayBlockingQueue() throws InterruptedException {
        arrayBlockingQueue.put(ITEM);
        return arrayBlockingQueue.take();
    }

    @Benchmark
    public Integer threadsQueue() {
        threadsQueue.put(ITEM);
        return threadsQueue.get();
    }

    @Benchmark
    public Integer spawnQueue() {
        spawnQueue.put(ITEM);
        return spawnQueue.get();
    }
}
