package dev.mp4j.bench;

import dev.mp4j.core.Context;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import dev.mp4j.sync.Event;
import dev.mp4j.sync.Semaphore;
import java.util.concurrent.CountDownLatch;
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
 * The uncontended costs of the sync primitives next to their java.util.concurrent
 * equivalents: a Semaphore acquire + release (a CAS down and a CAS up on a mapped word, no
 * system call without sleepers) against {@link java.util.concurrent.Semaphore}, and an
 * Event's {@code isSet()} (one volatile read of a mapped word) against a released
 * {@link CountDownLatch}'s {@code getCount() == 0}.
 *
 * <p>Targets: {@code spawnSemaphore} within 2x of {@code jucSemaphore}, {@code spawnEventIsSet}
 * within 2x of {@code latchIsOpen}.
 *
 * <pre>{@code
 * java -jar mp4j-bench.jar jmh SyncBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s
 * }</pre>
 *
 * <p>Each benchmark thread has its own primitives ({@link Scope#Thread}): uncontended.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
// Forked JVMs call the futex downcall of the mapped primitives: a restricted method.
@Fork(value = 2, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class SyncBenchmark {

    private java.util.concurrent.Semaphore jucSemaphore;
    private Semaphore spawnSemaphore;
    private Semaphore threadsSemaphore;
    private CountDownLatch openLatch;
    private Event spawnEvent;
    private Event threadsEvent;

    @Setup(Level.Trial)
    public void setUp() {
        jucSemaphore = new java.util.concurrent.Semaphore(1);
        spawnSemaphore = new Semaphore(Context.spawn(), 1);
        threadsSemaphore = new Semaphore(Context.threads(), 1);
        openLatch = new CountDownLatch(1);
        openLatch.countDown();
        spawnEvent = new Event(Context.spawn());
        spawnEvent.set();
        threadsEvent = new Event(Context.threads());
        threadsEvent.set();
    }

    @Benchmark
    public void jucSemaphore() throws InterruptedException {
        jucSemaphore.acquire();
        jucSemaphore.release();
    }

    @Benchmark
    public void spawnSemaphore() {
        spawnSemaphore.acquire();
        spawnSemaphore.release();
    }

    @Benchmark
    public void threadsSemaphore() {
        threadsSemaphore.acquire();
        threadsSemaphore.release();
    }

    @Benchmark
    public boolean latchIsOpen() {
        return openLatch.getCount() == 0;
    }

    @Benchmark
    public boolean spawnEventIsSet() {
        return spawnEvent.isSet();
    }

    @Benchmark
    public boolean threadsEventIsSet() {
        return threadsEvent.isSet();
    }

    /**
     * The floor of any spawn {@code isSet}: one volatile read of a word of a mapped file
     * through FFM, with no mp4j code (the segment's bounds, alignment and liveness checks are
     * the JDK's). {@code spawnEventIsSet} adds the generation check of its block to it.
     */
    @Benchmark
    public int mappedWordFloor() {
        return (int) WORD.getVolatile(mappedWord, 0L);
    }

    /**
     * The floor of an {@code isSet} that checks its block is live: one 64-bit volatile read
     * of a mapped word pair, the generation half compared with the handle's, the flag taken
     * from the other half, with no mp4j code. What {@code spawnEventIsSet} costs above this
     * is the public class's call to its backing.
     */
    @Benchmark
    public boolean mappedCheckedWordFloor() {
        long both = (long) PAIR.getVolatile(mappedPair, 0L);
        if ((int) both != generation) {
            throw new IllegalStateException("freed");
        }
        return ((both >>> 32) & 1) != 0;
    }

    private static final VarHandle WORD = ValueLayout.JAVA_INT.varHandle();
    private static final VarHandle PAIR = ValueLayout.JAVA_LONG.varHandle();
    private MemorySegment mappedPair;
    private int generation = 1;
    private MemorySegment mappedWord;

    @Setup(Level.Trial)
    public void mapAWord() throws IOException {
        Path file = Files.createTempFile(Path.of(Files.isDirectory(Path.of("/dev/shm")) ? "/dev/shm" : System.getProperty("java.io.tmpdir")),
                "mp4j-bench-", ".word");
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            MemorySegment mapped = ch.map(FileChannel.MapMode.READ_WRITE, 0, 256, Arena.ofShared());
            mappedWord = mapped.asSlice(64, 8);
            mappedPair = mapped.asSlice(128, 128);
            PAIR.setVolatile(mappedPair, 0L, (1L << 32) | generation);
        } finally {
            Files.delete(file);
        }
    }
}
