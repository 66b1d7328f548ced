package dev.mp4j.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mp4j.core.Context;
import dev.mp4j.core.SerializationError;
import dev.mp4j.core.TimeoutError;
import dev.mp4j.core.internal.serial.Serialization;
import dev.mp4j.pool.Args2;
import dev.mp4j.pool.AsyncResult;
import dev.mp4j.pool.ImapIterator;
import dev.mp4j.pool.Pool;
import dev.mp4j.pool.PoolOptions;
import dev.mp4j.pool.ProcessPoolExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A Pool of the cluster context on a real cluster: three server nodes in JVMs of their own
 * on loopback, this JVM a client node that runs no task.
 */
@Timeout(180)
class ClusterPoolNodesTest {

    private static LoopbackCluster cluster;
    private static Context ctx;

    @BeforeAll
    static void startCluster() {
        cluster = LoopbackCluster.shared();
        ctx = cluster.client().context();
    }

    static long pid() {
        return ProcessHandle.current().pid();
    }

    /** The pid of the node that runs it, after a pause that lets the other nodes take tasks too. */
    static long slowPid(int x) throws InterruptedException {
        Thread.sleep(50);
        return pid();
    }

    /** Counted on each node: the initializer of a pool runs once there. */
    static final AtomicInteger INITIALIZED = new AtomicInteger();

    static void initialize() {
        INITIALIZED.incrementAndGet();
    }

    @Test
    void theContextIsAClusterOfThreeServers() {
        assertEquals(Context.Kind.CLUSTER, ctx.kind());
        assertEquals("cluster", ctx.name());
        assertEquals(3, cluster.client().servers());
        assertEquals("ClusterContext(cluster of 3 server nodes)", ctx.toString());
        // Each node has this machine's CPUs: the default pool takes them all.
        try (Pool pool = new Pool(ctx)) {
            assertEquals(3 * Runtime.getRuntime().availableProcessors(), pool.processes());
        }
    }

    @Test
    void mapImapAndStarmapKeepOrder() {
        List<Integer> items = IntStream.range(0, 500).boxed().toList();
        List<Integer> squares = items.stream().map(x -> x * x).toList();
        try (Pool pool = new Pool(ctx, 6)) {
            assertEquals(squares, pool.map(x -> x * x, items));
            List<Integer> viaImap = new ArrayList<>();
            try (ImapIterator<Integer> it = pool.imap(x -> x * x, items)) {
                it.asIterable().forEach(viaImap::add);
            }
            assertEquals(squares, viaImap);
            Set<Integer> unordered = new HashSet<>();
            try (ImapIterator<Integer> it = pool.imapUnordered(x -> x * x, items)) {
                it.asIterable().forEach(unordered::add);
            }
            assertEquals(new HashSet<>(squares), unordered);
            assertEquals(List.of(8, 81, 1024), pool.starmap((Integer b, Integer e) -> (int) Math.pow(b, e),
                    List.of(new Args2<>(2, 3), new Args2<>(3, 4), new Args2<>(4, 5))));
        }
    }

    @Test
    void tasksRunOnEveryServerNodeAndNeverOnTheClient() {
        try (Pool pool = new Pool(ctx, 6)) {
            List<Long> pids = pool.map(ClusterPoolNodesTest::slowPid, IntStream.range(0, 60).boxed().toList());
            Set<Long> nodes = new HashSet<>(pids);
            assertEquals(Set.of(cluster.pid(0), cluster.pid(1), cluster.pid(2)), nodes);
            assertFalse(nodes.contains(pid()));
        }
    }

    @Test
    void applyAndApplyAsyncWithCallbacks() throws Exception {
        try (Pool pool = new Pool(ctx, 3)) {
            assertEquals(42, pool.apply(() -> 6 * 7));
            CopyOnWriteArrayList<Integer> got = new CopyOnWriteArrayList<>();
            CopyOnWriteArrayList<Throwable> failed = new CopyOnWriteArrayList<>();
            CountDownLatch both = new CountDownLatch(2);
            AsyncResult<Integer> ok = pool.applyAsync(() -> 100, v -> { got.add(v); both.countDown(); },
                    e -> both.countDown());
            AsyncResult<Integer> bad = pool.applyAsync(() -> 1 / 0, v -> both.countDown(),
                    e -> { failed.add(e); both.countDown(); });
            assertTrue(both.await(60, TimeUnit.SECONDS));
            assertEquals(100, ok.get());
            assertEquals(List.of(100), got);
            assertEquals(ArithmeticException.class, failed.getFirst().getClass());
            ArithmeticException e = assertThrows(ArithmeticException.class, bad::get);
            assertEquals("/ by zero", e.getMessage());
        }
    }

    @Test
    void aTasksExceptionArrivesAsItselfWithTheNodesStackTrace() {
        try (Pool pool = new Pool(ctx, 2)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> pool.apply(() -> {
                throw new IllegalStateException("Cannot process 3");
            }));
            assertEquals("Cannot process 3", e.getMessage());
            assertTrue(e.getStackTrace().length > 0);
        }
    }

    @Test
    void theInitializerRunsOncePerNodeBeforeThePoolsTasks() {
        PoolOptions options = PoolOptions.defaults().processes(6).initializer(ClusterPoolNodesTest::initialize);
        try (Pool pool = new Pool(ctx, options)) {
            List<Integer> counts = pool.map(x -> {
                Thread.sleep(20);
                return INITIALIZED.get();
            }, IntStream.range(0, 60).boxed().toList());
            assertEquals(Set.of(1), new HashSet<>(counts));
        }
    }

    @Test
    void aTaskOverItsTimeoutFailsAndTheClusterGoesOn() {
        try (Pool pool = new Pool(ctx, PoolOptions.defaults().processes(2).taskTimeout(Duration.ofMillis(300)))) {
            AsyncResult<Integer> stuck = pool.applyAsync(() -> {
                Thread.sleep(120_000);
                return 0;
            });
            assertThrows(TimeoutError.class, stuck::get);
            assertEquals(7, pool.apply(() -> 7));
        }
    }

    @Test
    void terminateFailsWhatHasNotFinished() {
        Pool pool = new Pool(ctx, 1);
        AsyncResult<Integer> running = pool.applyAsync(() -> {
            Thread.sleep(120_000);
            return 0;
        });
        AsyncResult<Integer> queued = pool.applyAsync(() -> 1);
        pool.terminate();
        assertThrows(dev.mp4j.core.ProcessError.class, running::get);
        assertThrows(dev.mp4j.core.ProcessError.class, queued::get);
        assertTrue(pool.join(Duration.ofSeconds(60)));
    }

    @Test
    void maxTasksPerChildHasNoMeaningOnACluster() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Pool(ctx, PoolOptions.defaults().maxTasksPerChild(5)));
        assertTrue(e.getMessage().contains("maxTasksPerChild"), e.getMessage());
    }

    @Test
    void aTaskThatCannotTravelFailsAtTheCall() {
        Object notSerializable = new Object();
        try (Pool pool = new Pool(ctx, 1)) {
            assertThrows(SerializationError.class, () -> pool.applyAsync(() -> notSerializable.hashCode()));
        }
    }

    @Test
    void theExecutorsFuturesCompose() throws Exception {
        try (ProcessPoolExecutor executor = new ProcessPoolExecutor(ctx, 3)) {
            CompletableFuture<Integer> f = executor.submit(() -> 6 * 7);
            assertEquals("answer 42", f.thenApply(n -> "answer " + n).get(60, TimeUnit.SECONDS));
            List<Integer> mapped = new ArrayList<>();
            executor.map((Integer x) -> x + 1, List.of(1, 2, 3)).forEachRemaining(mapped::add);
            assertEquals(List.of(2, 3, 4), mapped);
        }
    }

    @Test
    void aTaskThatCapturesTheContextUsesTheClusterFromItsNode() {
        Context captured = ctx;
        try (Pool pool = new Pool(ctx, 1)) {
            // On the node, the context resolves to that node's own view of the same cluster.
            assertEquals(List.of("cluster", "cluster"), pool.apply(() -> {
                try (Pool inner = new Pool(captured, 1)) {
                    return List.of(captured.name(), inner.apply(() -> Context.currentProcess() == null ? "?" : "cluster"));
                }
            }));
        }
    }

    @Test
    void aClusterContextTravelsToItsOwnEngine() {
        // This JVM is a client node of ctx's cluster: the context resolves to ctx's own engine.
        assertEquals(ctx, Serialization.deserialize(Serialization.serialize(ctx, "the context"), "the context"));
    }
}
