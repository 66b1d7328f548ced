package dev.mp4j.pool;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mp4j.core.Context;
import dev.mp4j.core.ProcessError;
import dev.mp4j.core.SerializationError;
import dev.mp4j.core.TimeoutError;
import dev.mp4j.testing.BackgroundCall;
import dev.mp4j.testing.ContextContract;
import dev.mp4j.testing.RuntimeFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The Pool contract, run against every context. */
@Timeout(120)
abstract class PoolContract extends ContextContract {

    /** Too long for a long of nanoseconds: no limit. */
    private static final Duration NO_LIMIT = Duration.ofSeconds(Long.MAX_VALUE);
    /** As negative as a Duration gets: does not wait. */
    private static final Duration FAR_NEGATIVE = Duration.ofSeconds(Long.MIN_VALUE);

    private final List<Pool> pools = new ArrayList<>();

    @TempDir
    Path dir;

    private Pool pool(int processes) {
        return pool(PoolOptions.defaults().processes(processes));
    }

    private Pool pool(PoolOptions options) {
        Pool pool = new Pool(context(), options);
        pools.add(pool);
        return pool;
    }

    @AfterEach
    void terminatePools() {
        for (Pool pool : pools) {
            pool.terminate();
            pool.join();
        }
    }

    @AfterAll
    static void nothingLeftBehind() {
        await().atMost(Duration.ofSeconds(30)).until(() -> Context.activeChildren().isEmpty());
        await().atMost(Duration.ofSeconds(30)).until(() -> RuntimeFiles.createdBy(ProcessHandle.current().pid()).isEmpty());
    }

    static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    static MapOptions<Object> chunks(int chunksize) {
        return MapOptions.defaults().chunksize(chunksize);
    }

    static int inverse(int x) {
        return 1 / (x - 5);
    }

    static int squareUnless3(int x) {
        if (x == 3) {
            throw new ArithmeticException("item 3");
        }
        return x * x;
    }

    /** Yields 0, 1, ... and throws when it reaches {@code failAt}. */
    record FailingInput(int n, int failAt) implements Iterable<Integer> {
        @Override
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                int i;

                @Override
                public boolean hasNext() {
                    return i < n;
                }

                @Override
                public Integer next() {
                    if (i == failAt) {
                        throw new IllegalStateException("input fails at " + failAt);
                    }
                    return i++;
                }
            };
        }
    }

    static final class Unserializable {
    }

    /** The workers whose initializer ran: a thread worker's Process here, a child JVM's own in that JVM. */
    private static final Set<Object> INITIALIZED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Test
    void processesBelowOneIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Pool(context(), 0));
        assertTrue(e.getMessage().contains("processes"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PoolOptions.defaults().maxTasksPerChild(0));
        assertTrue(e.getMessage().contains("maxTasksPerChild"), e.getMessage());
    }

    @Test
    void mapAndImapKeepOrder() {
        Pool pool = pool(2);
        List<Integer> expected = range(100).stream().map(x -> x * x).toList();
        assertEquals(expected, pool.map(x -> x * x, range(100)));
        assertEquals(expected, pool.map(x -> x * x, range(100), chunks(7)));
        List<Integer> got = new ArrayList<>();
        pool.<Integer, Integer>imap(x -> x * x, range(100)).forEachRemaining(got::add);
        assertEquals(expected, got);
        List<Integer> unordered = new ArrayList<>();
        pool.<Integer, Integer>imapUnordered(x -> x * x, range(100), chunks(3)).forEachRemaining(unordered::add);
        unordered.sort(null);
        assertEquals(expected, unordered);
    }

    @Test
    void starmapOverPairsAndTriples() {
        Pool pool = pool(2);
        assertEquals(List.of(2, 12, 30), pool.starmap((Integer a, Integer b) -> a * b,
                List.of(Args2.of(1, 2), Args2.of(3, 4), Args2.of(5, 6))));
        assertEquals(List.of("a1x", "b2y"), pool.starmap((String a, Integer b, String c) -> a + b + c,
                List.of(Args3.of("a", 1, "x"), Args3.of("b", 2, "y"))));
    }

    @Test
    void applyThrowsTheTasksExceptionWithTheWorkersStackTrace() {
        Pool pool = pool(2);
        assertEquals(-1, pool.apply(() -> inverse(4)));
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> pool.apply(() -> inverse(5)));
        assertTrue(Arrays.stream(e.getStackTrace()).anyMatch(f -> f.getMethodName().equals("inverse")),
                Arrays.toString(e.getStackTrace()));
        Exception checked = assertThrows(java.io.IOException.class, () -> pool.apply(() -> {
            throw new java.io.IOException("checked, as itself");
        }));
        assertEquals("checked, as itself", checked.getMessage());
    }

    @Test
    void mapRaisesTheErrorOnceEveryChunkIsDone() {
        Pool pool = pool(2);
        AtomicLong lastDone = new AtomicLong();
        AsyncResult<List<Integer>> r = pool.mapAsync(PoolContract::squareUnless3, range(40),
                chunks(1).progress((done, total, failed) -> lastDone.accumulateAndGet(done, Math::max)));
        assertThrows(ArithmeticException.class, r::get);
        assertEquals(40, lastDone.get());
        assertFalse(r.successful());
        assertThrows(ArithmeticException.class, () -> pool.map(PoolContract::inverse, range(10)));
    }

    @Test
    void imapRaisesAtTheFailingItemAndGoesOn() {
        Pool pool = pool(2);
        ImapIterator<Integer> it = pool.imap(PoolContract::squareUnless3, range(6));
        assertEquals(0, it.next());
        assertEquals(1, it.next());
        assertEquals(4, it.next());
        assertThrows(ArithmeticException.class, it::next);
        assertEquals(16, it.next());
        assertEquals(25, it.next());
        assertFalse(it.hasNext());
    }

    @Test
    void anInputThatRaisesIsRaisedWhereTheIterationReachesIt() {
        Pool pool = pool(2);
        assertInputFails(pool.imap(x -> x * x, new FailingInput(10, 3), chunks(1)), 3);
        assertInputFails(pool.imap(x -> x * x, new FailingInput(20, 7), chunks(2)), 6);
        assertInputFails(pool.imap(x -> x * x, new FailingInput(20, 7), chunks(4)), 4);
        assertThrows(IllegalStateException.class, () -> pool.map(x -> x, new FailingInput(10, 3)));
    }

    private static void assertInputFails(ImapIterator<Integer> it, int goodItems) {
        for (int i = 0; i < goodItems; i++) {
            assertEquals(i * i, it.next());
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, it::next);
        assertTrue(e.getMessage().startsWith("input fails at"));
        assertFalse(it.hasNext());
    }

    @Test
    void emptyInputGivesAnEmptyResultAtOnce() {
        Pool pool = pool(2);
        assertEquals(List.of(), pool.map(x -> x, List.of()));
        AsyncResult<List<Object>> r = pool.mapAsync(x -> x, List.of());
        assertTrue(r.ready());
        assertEquals(List.of(), r.get());
        assertFalse(pool.imap(x -> x, List.of()).hasNext());
        assertFalse(pool.imapUnordered(x -> x, List.of()).hasNext());
    }

    @Test
    void timedGetsRunOutWithTimeoutError() {
        Pool pool = pool(1);
        AsyncResult<Integer> slow = pool.applyAsync(() -> {
            Thread.sleep(30_000);
            return 1;
        });
        assertThrows(TimeoutError.class, () -> slow.get(Duration.ofMillis(20)));
        assertFalse(slow.await(Duration.ofMillis(20)));
        assertFalse(slow.ready());
        assertThrows(IllegalStateException.class, slow::successful);
        ImapIterator<Integer> it = pool.imap(x -> x, range(3));
        assertThrows(TimeoutError.class, () -> it.next(Duration.ofMillis(20)));
        assertThrows(TimeoutError.class, () -> it.next(Duration.ZERO));
    }

    @Test
    void timedGetsWithATimeoutTooLongForNanosecondsWaitWithoutALimit() {
        Pool pool = pool(1);
        assertEquals(42, pool.applyAsync(() -> 42).get(NO_LIMIT));
        assertTrue(pool.applyAsync(() -> 43).await(NO_LIMIT));
        ImapIterator<Integer> it = pool.imap(x -> x + 1, range(3));
        assertEquals(List.of(1, 2, 3), List.of(it.next(NO_LIMIT), it.next(NO_LIMIT), it.next(NO_LIMIT)));
        assertThrows(java.util.NoSuchElementException.class, () -> it.next(NO_LIMIT));
        // And they do wait: for a task that ends only when the pool is terminated, and the imap behind it.
        AsyncResult<Integer> stuck = pool.applyAsync(() -> {
            Thread.sleep(60_000);
            return 1;
        });
        ImapIterator<Integer> behind = pool.imap(x -> x, range(1));
        BackgroundCall<Integer> get = BackgroundCall.start("get", () -> stuck.get(NO_LIMIT)).awaitBlocked();
        BackgroundCall<Boolean> awaiting = BackgroundCall.start("await", () -> stuck.await(NO_LIMIT)).awaitBlocked();
        BackgroundCall<Integer> next = BackgroundCall.start("next", () -> behind.next(NO_LIMIT)).awaitBlocked();
        pool.terminate();
        assertTrue(assertThrows(ProcessError.class, get::result).getMessage().contains("terminated"));
        assertTrue(awaiting.result());
        assertTrue(assertThrows(ProcessError.class, next::result).getMessage().contains("terminated"));
    }

    @Test
    void timedGetsWithANegativeTimeoutDoNotWait() {
        Pool pool = pool(1);
        AsyncResult<Integer> done = pool.applyAsync(() -> 42);
        assertEquals(42, done.get());
        assertEquals(42, done.get(FAR_NEGATIVE), "a ready result is returned at once");
        assertTrue(done.await(FAR_NEGATIVE));
        ImapIterator<Integer> ready = pool.imap(x -> x, range(1));
        assertTrue(ready.hasNext());
        assertEquals(0, ready.next(FAR_NEGATIVE));
        AsyncResult<Integer> slow = pool.applyAsync(() -> {
            Thread.sleep(30_000);
            return 1;
        });
        ImapIterator<Integer> it = pool.imap(x -> x, range(3));
        for (Duration timeout : List.of(Duration.ofNanos(-1), FAR_NEGATIVE)) {
            assertThrows(TimeoutError.class, () -> slow.get(timeout));
            assertFalse(slow.await(timeout));
            assertThrows(TimeoutError.class, () -> it.next(timeout));
        }
        assertFalse(slow.ready());
        assertThrows(NullPointerException.class, () -> it.next(null));
        assertThrows(NullPointerException.class, () -> slow.get(null));
    }

    @Test
    void callbacksAndErrorCallbacks() {
        Pool pool = pool(2);
        List<Object> seen = new CopyOnWriteArrayList<>();
        AsyncResult<Integer> ok = pool.applyAsync(() -> inverse(6), seen::add, seen::add);
        assertEquals(1, ok.get());
        assertEquals(List.of(1), seen);
        AsyncResult<Integer> bad = pool.applyAsync(() -> inverse(5), seen::add, seen::add);
        assertThrows(ArithmeticException.class, bad::get);
        assertInstanceOf(ArithmeticException.class, seen.get(1));
        AsyncResult<List<Integer>> map = pool.mapAsync(x -> x + 1, range(3),
                MapOptions.defaults().callback(seen::add).errorCallback(seen::add));
        assertEquals(List.of(1, 2, 3), map.get());
        assertEquals(List.of(1, 2, 3), seen.get(2));
    }

    @Test
    void aRaisingCallbackIsReportedAndDeliveryGoesOn() {
        List<Throwable> reported = new CopyOnWriteArrayList<>();
        Pool pool = pool(PoolOptions.defaults().processes(2).onCallbackError(reported::add));
        AsyncResult<Integer> r = pool.applyAsync(() -> 7, x -> {
            throw new IllegalStateException("callback fails, expected by the test");
        }, null);
        assertEquals(7, r.get());
        assertEquals(1, reported.size());
        assertEquals(List.of(0, 1, 2), pool.map(x -> x, range(3)));
    }

    @Test
    void futureAdapters() throws Exception {
        Pool pool = pool(2);
        CompletableFuture<Integer> f = pool.applyAsync(() -> 42).toCompletableFuture();
        assertEquals(42, f.get(60, TimeUnit.SECONDS));
        var listenable = pool.applyAsync(() -> inverse(5)).toListenableFuture();
        ExecutionException e = assertThrows(ExecutionException.class, () -> listenable.get(60, TimeUnit.SECONDS));
        assertInstanceOf(ArithmeticException.class, e.getCause());
    }

    @Test
    void initializerRunsInEveryWorkerBeforeItsTasks() {
        Pool pool = pool(PoolOptions.defaults().processes(2).initializer(() -> INITIALIZED.add(Context.currentProcess())));
        assertEquals(List.of(true, true, true), pool.map(x -> INITIALIZED.contains(Context.currentProcess()), range(3), chunks(1)));
        Pool plain = pool(2);
        assertEquals(List.of(false, false, false), plain.map(x -> INITIALIZED.contains(Context.currentProcess()), range(3), chunks(1)));
    }

    @Test
    void maxTasksPerChildReplacesWorkers() {
        if (cluster()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> pool(PoolOptions.defaults().processes(2).maxTasksPerChild(2)));
            assertTrue(e.getMessage().contains("maxTasksPerChild has no meaning in a cluster context"), e.getMessage());
            return;
        }
        Pool pool = pool(PoolOptions.defaults().processes(2).maxTasksPerChild(2));
        Set<String> workers = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            workers.add(pool.apply(() -> Context.currentProcess().name() + "/" + ProcessHandle.current().pid()));
        }
        assertTrue(workers.size() >= 5, workers.toString());
        if (spawn()) {
            assertTrue(workers.stream().map(w -> w.split("/")[1]).distinct().count() >= 5, workers.toString());
        }
        assertEquals(range(20), pool.map(x -> x, range(20), chunks(1)));
    }

    @Test
    void closeThenJoin() {
        Pool pool = pool(2);
        AsyncResult<List<Integer>> r = pool.mapAsync(x -> x * 2, range(50), chunks(1));
        assertThrows(IllegalStateException.class, pool::join);
        pool.shutdown();
        assertThrows(IllegalStateException.class, () -> pool.applyAsync(() -> 1));
        pool.join();
        assertTrue(r.ready());
        assertEquals(range(50).stream().map(x -> x * 2).toList(), r.get());
    }

    @Test
    void joinWithATimeoutTooLongForNanosecondsWaitsForTheWork() {
        Pool pool = pool(2);
        assertThrows(IllegalStateException.class, () -> pool.join(NO_LIMIT), "a running pool cannot be joined");
        AsyncResult<List<Integer>> r = pool.mapAsync(x -> x * 2, range(50), chunks(1));
        pool.shutdown();
        assertTrue(pool.join(NO_LIMIT));
        assertTrue(r.ready());
        assertEquals(range(50).stream().map(x -> x * 2).toList(), r.get());
    }

    @Test
    void joinWithANegativeTimeoutDoesNotWait() {
        Pool pool = pool(1);
        AsyncResult<Integer> stuck = pool.applyAsync(() -> {
            Thread.sleep(60_000);
            return 1;
        });
        pool.shutdown();
        assertFalse(pool.join(Duration.ofMillis(-5)));
        assertFalse(pool.join(FAR_NEGATIVE));
        assertFalse(stuck.ready());
        pool.terminate();
        pool.join();
        assertTrue(pool.join(FAR_NEGATIVE), "a pool whose workers ended answers at once");
    }

    @Test
    void autoCloseWaitsForSubmittedWork() {
        AsyncResult<List<Integer>> r;
        try (Pool pool = new Pool(context(), 2)) {
            r = pool.mapAsync(x -> x + 1, range(30), chunks(1));
        }
        assertTrue(r.ready());
        assertEquals(30, r.get().size());
    }

    @Test
    void terminateFailsPendingWork() {
        Pool pool = pool(1);
        AsyncResult<Integer> running = pool.applyAsync(() -> {
            Thread.sleep(60_000);
            return 1;
        });
        AsyncResult<Integer> queued = pool.applyAsync(() -> 2);
        pool.terminate();
        ProcessError e = assertThrows(ProcessError.class, running::get);
        assertTrue(e.getMessage().contains("terminated"), e.getMessage());
        assertThrows(ProcessError.class, queued::get);
        assertTrue(pool.join(Duration.ofSeconds(30)));
    }

    @Test
    void aDeadWorkerFailsOnlyItsTask() throws Exception {
        assumeTrue(spawn(), "only a child JVM can be SIGKILLed");
        Pool pool = pool(2);
        String pidFile = dir.resolve("victim.pid").toString();
        AsyncResult<Integer> victim = pool.applyAsync(() -> {
            publishPid(pidFile);
            Thread.sleep(60_000);
            return -1;
        });
        List<AsyncResult<Integer>> others = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int x = i;
            others.add(pool.applyAsync(() -> x * x));
        }
        long pid = awaitPid(pidFile);
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        WorkerLostError lost = assertThrows(WorkerLostError.class, () -> victim.get(Duration.ofSeconds(30)));
        assertEquals(pid, lost.pid());
        assertEquals(-9, lost.exitCode());
        // The victim's worker held some of them without starting them: they run elsewhere.
        for (int i = 0; i < 50; i++) {
            assertEquals(i * i, others.get(i).get(Duration.ofSeconds(30)));
        }
        assertEquals(range(10), pool.map(x -> x, range(10), chunks(1)));
    }

    @Test
    void theTasksQueuedBehindADeadWorkersTaskRunOnceElsewhere() throws Exception {
        assumeTrue(spawn(), "only a child JVM can be SIGKILLed");
        Pool pool = pool(1);
        String pidFile = dir.resolve("victim.pid").toString();
        AsyncResult<Integer> victim = pool.applyAsync(() -> {
            publishPid(pidFile);
            Thread.sleep(60_000);
            return -1;
        });
        String runs = dir.toString();
        List<AsyncResult<Long>> queued = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int x = i;
            queued.add(pool.applyAsync(() -> {
                // A second run of the same task would fail here.
                Files.createFile(Path.of(runs, "ran-" + x));
                return ProcessHandle.current().pid();
            }));
        }
        long pid = awaitPid(pidFile);
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        WorkerLostError lost = assertThrows(WorkerLostError.class, () -> victim.get(Duration.ofSeconds(30)));
        assertEquals(pid, lost.pid());
        assertEquals(-9, lost.exitCode());
        for (AsyncResult<Long> r : queued) {
            assertNotEquals(pid, r.get(Duration.ofSeconds(30)));
        }
        for (int i = 0; i < 200; i++) {
            assertTrue(Files.exists(Path.of(runs, "ran-" + i)), "task " + i + " did not run");
        }
    }

    @Test
    void aDeadWorkerGivesBackTheChunksItClaimedAfterTheOneThatRanLong() throws Exception {
        assumeTrue(spawn(), "only a child JVM can be SIGKILLed");
        Pool pool = pool(1);
        // Fast chunks make the worker claim many chunks at once: the victim is one of a batch.
        assertEquals(range(2000), pool.map(x -> x, range(2000), chunks(1)));
        String pidFile = dir.resolve("victim.pid").toString();
        String runs = dir.toString();
        ImapIterator<Integer> it = pool.imap(x -> {
            if (x == 10) {
                publishPid(pidFile);
                Thread.sleep(60_000);
            }
            // A second run of the same item would fail here.
            Files.createFile(Path.of(runs, "ran-" + x));
            return x;
        }, range(64), chunks(1));
        long pid = awaitPid(pidFile);
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        for (int i = 0; i < 64; i++) {
            if (i == 10) {
                WorkerLostError lost = assertThrows(WorkerLostError.class, () -> it.next(Duration.ofSeconds(30)));
                assertEquals(pid, lost.pid());
            } else {
                assertEquals(i, it.next(Duration.ofSeconds(30)));
            }
        }
        assertFalse(it.hasNext());
    }

    @Test
    void tasksQueuedOnAWorkerBusyWithALongTaskRunOnAnIdleOne() throws Exception {
        Pool pool = pool(2);
        String pidFile = dir.resolve("long.pid").toString();
        AsyncResult<Integer> slow = pool.applyAsync(() -> {
            publishPid(pidFile);
            Thread.sleep(60_000);
            return -1;
        });
        long busy = awaitPid(pidFile);
        // Some of these are sent to the busy worker; it hands them back for the idle one.
        List<Long> pids = pool.mapAsync(x -> ProcessHandle.current().pid(), range(20), chunks(1))
                .get(Duration.ofSeconds(30));
        if (spawn()) {
            assertFalse(pids.contains(busy), pids.toString());
        }
        assertFalse(slow.ready(), "the long task still runs");
    }

    @Test
    void aTaskThatCannotTravelFailsAtSubmit() {
        Pool pool = pool(1);
        Unserializable u = new Unserializable();
        if (otherJvms()) {
            SerializationError e = assertThrows(SerializationError.class, () -> pool.apply(() -> u.hashCode()));
            assertTrue(e.getMessage().contains("Unserializable"), e.getMessage());
        } else {
            assertEquals(u.hashCode(), pool.apply(() -> u.hashCode()));
        }
    }

    @Test
    void aResultThatCannotTravelFailsItsItemOnly() {
        Pool pool = pool(1);
        ImapIterator<Object> it = pool.imap(x -> x == 1 ? new Unserializable() : x, range(3), chunks(3));
        assertEquals(0, it.next());
        if (otherJvms()) {
            SerializationError e = assertThrows(SerializationError.class, it::next);
            assertTrue(e.getMessage().contains("Unserializable"), e.getMessage());
        } else {
            assertInstanceOf(Unserializable.class, it.next());
        }
        assertEquals(2, it.next());
        assertEquals(5, pool.apply(() -> 5));
    }

    @Test
    void aHugeLazyImapStaysInBoundedMemory() {
        Pool pool = pool(2);
        int n = 10_000_000;
        int chunksize = 10_000;
        AtomicLong pulled = new AtomicLong();
        Iterable<Integer> endlessish = () -> new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public Integer next() {
                pulled.incrementAndGet();
                return i++;
            }
        };
        long bound = (Pool.imapWindow(pool.processes(), chunksize) + 1L) * chunksize;
        long consumed = 0;
        long maxAhead = 0;
        for (int x : pool.<Integer, Integer>imapUnordered(y -> y & 1, endlessish, chunks(chunksize)).asIterable()) {
            consumed++;
            maxAhead = Math.max(maxAhead, pulled.get() - consumed);
        }
        assertEquals(n, consumed);
        assertTrue(maxAhead <= bound, "pulled " + maxAhead + " items ahead; bound " + bound);
    }

    @Test
    void aTaskOverItsTimeoutFailsAndItsWorkerIsReplaced() {
        // Long enough that a fresh worker on a loaded machine runs the tasks after it in time.
        Pool pool = pool(PoolOptions.defaults().processes(1).taskTimeout(Duration.ofSeconds(3)));
        AsyncResult<Long> stuck = pool.applyAsync(() -> {
            Thread.sleep(60_000);
            return ProcessHandle.current().pid();
        });
        TimeoutError e = assertThrows(TimeoutError.class, () -> stuck.get(Duration.ofSeconds(30)));
        assertTrue(e.getMessage().contains("did not finish within"), e.getMessage());
        assertEquals(range(10), pool.map(x -> x, range(10), chunks(1)));
        assertEquals(5, pool.apply(() -> 5));
    }

    @Test
    void aTaskTimeoutMustBePositiveAndOneTooLongForNanosecondsIsNone() {
        for (Duration bad : List.of(Duration.ZERO, Duration.ofNanos(-1), FAR_NEGATIVE)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> PoolOptions.defaults().taskTimeout(bad));
            assertTrue(e.getMessage().contains("taskTimeout"), e.getMessage());
        }
        Pool pool = pool(PoolOptions.defaults().processes(1).taskTimeout(NO_LIMIT));
        String worker = pool.applyAsync(PoolContract::workerId).get(Duration.ofSeconds(60));
        List<String> workers = pool.mapAsync(x -> workerId(), range(20), chunks(1)).get(Duration.ofSeconds(60));
        assertEquals(Set.of(worker), new HashSet<>(workers), "no worker was replaced");
        // A per-item timeout whose chunk total is too long for a long of nanoseconds: no clock either.
        Pool chunked = pool(PoolOptions.defaults().processes(1).taskTimeout(Duration.ofNanos(Long.MAX_VALUE / 2)));
        assertEquals(range(20), chunked.mapAsync(x -> x, range(20), chunks(5)).get(Duration.ofSeconds(60)));
        pool.close();
        chunked.close();
        assertTrue(pool.join(Duration.ZERO), "the workers have ended when close returns");
        assertTrue(chunked.join(Duration.ZERO), "the workers have ended when close returns");
    }

    private static String workerId() {
        return Context.currentProcess().name() + "/" + ProcessHandle.current().pid();
    }

    /** An exception that cannot travel: its field is not serializable. */
    static final class Unsendable extends RuntimeException {
        private final Unserializable payload = new Unserializable();

        Unsendable() {
            super("cannot travel");
        }
    }

    @Test
    void anExceptionThatCannotTravelArrivesAsARemoteError() {
        Pool pool = pool(1);
        if (otherJvms()) {
            RemoteError e = assertThrows(RemoteError.class, () -> pool.apply(() -> {
                throw new Unsendable();
            }));
            assertEquals(Unsendable.class.getName(), e.remoteClass());
            assertTrue(e.getMessage().contains("cannot travel"), e.getMessage());
            assertTrue(e.getStackTrace().length > 0);
        } else {
            assertThrows(Unsendable.class, () -> pool.apply(() -> {
                throw new Unsendable();
            }));
        }
        assertEquals(1, pool.apply(() -> 1));
    }

    @Test
    void aWorkerThatExitsFailsItsTaskWithItsExitCode() {
        assumeTrue(spawn(), "System.exit in a thread worker would end the test JVM");
        Pool pool = pool(1);
        WorkerLostError e = assertThrows(WorkerLostError.class, () -> pool.apply(() -> {
            System.exit(3);
            return 0;
        }));
        assertEquals(3, e.exitCode());
        assertEquals(2, pool.apply(() -> 2));
    }

    @Test
    void aPoolThatBecomesGarbageIsTerminated() throws IOException {
        if (cluster()) {
            // A cluster pool's workers are the nodes, no children of this JVM: what it holds is
            // its running task, which its termination interrupts where it runs.
            String started = dir.resolve("garbage-started").toString();
            Path interrupted = dir.resolve("garbage-interrupted");
            startAndDropBusy(started, interrupted.toString());
            awaitPid(started);
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                System.gc();
                return Files.exists(interrupted);
            });
            return;
        }
        AtomicLong workers = new AtomicLong();
        startAndDrop(workers);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            System.gc();
            return Context.activeChildren().stream().noneMatch(p -> p.name().contains("PoolWorker"));
        });
        assertTrue(workers.get() > 0);
    }

    private void startAndDropBusy(String started, String interrupted) {
        Pool pool = new Pool(context(), 1);
        pool.applyAsync(() -> {
            publishPid(started);
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException e) {
                Files.writeString(Path.of(interrupted), "interrupted");
            }
            return 0;
        });
    }

    private void startAndDrop(AtomicLong workers) {
        Pool pool = new Pool(context(), 2);
        assertEquals(4, pool.apply(() -> 4));
        workers.set(Context.activeChildren().stream().filter(p -> p.name().contains("PoolWorker")).count());
    }

    @Test
    void anInterruptLeftByATaskDoesNotStopItsWorker() {
        Pool pool = pool(1);
        assertEquals(1, pool.apply(() -> {
            Thread.currentThread().interrupt();
            return 1;
        }));
        assertEquals(2, pool.apply(() -> 2));
        assertFalse(pool.apply(() -> Thread.currentThread().isInterrupted()), "the flag stays with its task");
        assertEquals(range(10), pool.map(x -> x, range(10), chunks(1)));
    }

    @Test
    void anInterruptedSubmitterDoesNotBreakAWorker() {
        Pool pool = pool(1);
        AsyncResult<Integer> r;
        Thread.currentThread().interrupt();
        try {
            r = pool.applyAsync(() -> 3);
        } finally {
            assertTrue(Thread.interrupted(), "the submitter keeps its interrupt");
        }
        assertEquals(3, r.get(Duration.ofSeconds(60)));
        assertEquals(4, pool.apply(() -> 4));
    }

    @Test
    void aProgressListenerThatThrowsAnErrorDoesNotStopDelivery() {
        List<Throwable> reported = new CopyOnWriteArrayList<>();
        Pool pool = pool(PoolOptions.defaults().processes(2).onCallbackError(reported::add));
        List<Integer> got = pool.map(x -> x, range(4), chunks(1).progress((done, total, failed) -> {
            throw new AssertionError("listener fails, expected by the test");
        }));
        assertEquals(range(4), got);
        assertEquals(4, reported.size());
    }

    @Test
    void anAbandonedImapDoesNotHangClose() {
        AtomicLong pulled = new AtomicLong();
        Iterable<Integer> endless = () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                return (int) pulled.incrementAndGet();
            }
        };
        ImapIterator<Integer> it;
        try (Pool pool = new Pool(context(), 2)) {
            it = pool.imap(x -> x, endless);
            assertEquals(1, it.next());
        }
        // The results of the chunks submitted before close arrive, then the cut is raised.
        ProcessError e = assertThrows(ProcessError.class, () -> {
            while (true) {
                it.next();
            }
        });
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        assertFalse(it.hasNext());
    }

    @Test
    void joinBeforeConsumingAnImapReadsAllItsInput() {
        Pool pool = pool(2);
        int n = 3 * Pool.imapWindow(pool.processes(), 1);
        ImapIterator<Integer> it = pool.imap(x -> x + 1, range(n));
        pool.shutdown();
        assertTrue(pool.join(Duration.ofSeconds(90)), "join waits for the input, not for the consumer");
        List<Integer> got = new ArrayList<>();
        it.forEachRemaining(got::add);
        assertEquals(range(n).stream().map(x -> x + 1).toList(), got);
    }

    /** An imap of five items whose tasks each sleep for a minute: its results do not come. */
    private static ImapIterator<Integer> stuckImap(Pool pool) {
        return pool.imap(x -> {
            Thread.sleep(60_000);
            return x;
        }, range(5));
    }

    @Test
    void terminateEndsAPendingImap() {
        Pool pool = pool(1);
        ImapIterator<Integer> it = stuckImap(pool);
        pool.terminate();
        ProcessError e = assertThrows(ProcessError.class, it::next);
        assertTrue(e.getMessage().contains("terminated"), e.getMessage());
        assertFalse(it.hasNext());
        assertTrue(pool.join(Duration.ofSeconds(30)));
    }

    /** A result that serializes but cannot be read back. */
    static final class Unreadable implements java.io.Serializable {
        @java.io.Serial
        private void readObject(java.io.ObjectInputStream in) {
            throw new IllegalStateException("cannot be read, expected by the test");
        }
    }

    /** A result whose serialization throws an unchecked exception. */
    static final class Unwritable implements java.io.Serializable {
        @java.io.Serial
        private void writeObject(java.io.ObjectOutputStream out) {
            throw new IllegalStateException("cannot be written, expected by the test");
        }
    }

    @Test
    void aResultThatCannotBeReadOrWrittenFailsItsItemOnly() {
        Pool pool = pool(1);
        ImapIterator<Object> it = pool.imap(x -> x == 1 ? new Unreadable() : x == 3 ? new Unwritable() : x, range(5), chunks(1));
        assertEquals(0, it.next());
        if (otherJvms()) {
            assertThrows(SerializationError.class, it::next);
        } else {
            assertInstanceOf(Unreadable.class, it.next());
        }
        assertEquals(2, it.next());
        if (otherJvms()) {
            assertThrows(SerializationError.class, it::next);
        } else {
            assertInstanceOf(Unwritable.class, it.next());
        }
        assertEquals(4, it.next());
        assertEquals(5, pool.apply(() -> 5));
    }

    /** An initializer that serializes here but cannot be read in a child JVM. */
    static final class UnreadableInitializer implements Initializer {
        @java.io.Serial
        private void readObject(java.io.ObjectInputStream in) {
            throw new IllegalStateException("initializer cannot be read, expected by the test");
        }

        @Override
        public void run() {}
    }

    @Test
    void workersThatCannotStartFailTheTasksInsteadOfHanging() {
        assumeTrue(spawn(), "a thread worker has nothing to read");
        Pool pool = pool(PoolOptions.defaults().processes(1).initializer(new UnreadableInitializer()));
        ProcessError e = assertThrows(ProcessError.class, () -> pool.applyAsync(() -> 1).get(Duration.ofSeconds(90)));
        assertTrue(e.getMessage().contains("cannot start"), e.getMessage());
        ProcessError again = assertThrows(ProcessError.class, () -> pool.apply(() -> 2));
        assertTrue(again.getMessage().contains("cannot start"), again.getMessage());
    }

    @Test
    void anInterruptedCloseStillStopsTheWorkers() {
        Pool pool = pool(2);
        assertEquals(1, pool.apply(() -> 1));
        Thread.currentThread().interrupt();
        try {
            pool.close();
        } finally {
            assertTrue(Thread.interrupted(), "close restores the interrupt");
        }
        assertTrue(pool.join(Duration.ZERO), "the workers have ended when close returns");
        if (!cluster()) {
            // The interrupt reached close's wait for the workers, so close terminated the pool.
            // A cluster pool has no workers of its own to wait for: its close ends at once.
            assertTrue(pool.toString().contains("terminated"), pool.toString());
        }
    }

    @Test
    void anImapIteratorThatBecomesGarbageStopsItsInput() {
        Pool pool = pool(2);
        java.lang.ref.WeakReference<ImapIterator<Integer>> dropped = startAndDropImap(pool);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            System.gc();
            return dropped.get() == null;
        });
        // A shut-down pool's imap reads its input without waiting for the consumer: had this
        // one not stopped (the cleaner runs just after the collection), the pool would never end.
        pool.shutdown();
        assertTrue(pool.join(Duration.ofSeconds(60)), "the dropped imap does not keep the pool open");
    }

    private static java.lang.ref.WeakReference<ImapIterator<Integer>> startAndDropImap(Pool pool) {
        Iterable<Integer> endless = () -> IntStream.iterate(0, i -> i + 1).iterator();
        ImapIterator<Integer> it = pool.imap(x -> x, endless);
        assertEquals(0, it.next());
        return new java.lang.ref.WeakReference<>(it);
    }

    /** One method of the map family, run over 100 items whose results are {@code range(100)}. */
    record MapCall(String name, boolean lazy, Function<MapOptions<Object>, List<?>> run) {}

    private static List<MapCall> everyMapMethod(Pool pool) {
        List<Args2<Integer, Integer>> pairs = range(100).stream().map(i -> Args2.of(i, 0)).toList();
        List<Args3<Integer, Integer, Integer>> triples = range(100).stream().map(i -> Args3.of(i, 0, 0)).toList();
        return List.of(
                new MapCall("map", false, o -> pool.map(x -> x, range(100), o)),
                new MapCall("mapAsync", false, o -> pool.mapAsync(x -> x, range(100), o).get()),
                new MapCall("starmap/2", false, o -> pool.starmap((Integer a, Integer b) -> a + b, pairs, o)),
                new MapCall("starmap/3", false, o -> pool.starmap((Integer a, Integer b, Integer c) -> a + b + c,
                        triples, o)),
                new MapCall("starmapAsync/2", false, o -> pool.starmapAsync((Integer a, Integer b) -> a + b, pairs, o)
                        .get()),
                new MapCall("starmapAsync/3", false, o -> pool.starmapAsync(
                        (Integer a, Integer b, Integer c) -> a + b + c, triples, o).get()),
                new MapCall("imap", true, o -> drain(pool.imap(x -> x, range(100), o))),
                new MapCall("imapUnordered", true, o -> drain(pool.imapUnordered(x -> x, range(100), o))));
    }

    private static List<Integer> drain(ImapIterator<Integer> it) {
        List<Integer> all = new ArrayList<>();
        it.forEachRemaining(all::add);
        return all;
    }

    @Test
    void aChunksizeBelowOneIsAnErrorThatNamesIt() {
        // The one check is where the options are made, so no two methods can read a chunksize
        // differently: 0 is an error everywhere (it used to mean the default for mapAsync only).
        for (int bad : List.of(0, -1, Integer.MIN_VALUE)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> MapOptions.defaults().chunksize(bad));
            assertTrue(e.getMessage().contains("chunksize must be 1 or more, not " + bad), e.getMessage());
        }
        MapOptions<Object> four = MapOptions.defaults().chunksize(4);
        assertThrows(IllegalArgumentException.class, () -> four.chunksize(0));
        assertEquals(4, four.chunksize(), "a failed change leaves the options as they were");
    }

    @Test
    void everyMethodOfTheMapFamilyTakesTheChunksizeAndTheProgressListener() {
        Pool pool = pool(2);
        // A progress listener is told once a chunk: it counts them.
        AtomicLong chunks = new AtomicLong();
        MapOptions<Object> counted = MapOptions.defaults().progress((done, total, failed) -> chunks.incrementAndGet());
        for (MapCall call : everyMapMethod(pool)) {
            List<Object> results = new ArrayList<>(call.run().apply(counted));
            results.sort(null);
            assertEquals(range(100), results, call.name());
            assertEquals(call.lazy() ? 100 : 8, chunks.getAndSet(0), call.name()
                    + ", chunksize unset: Python's, ceil(100 / (4 * 2)) = 13 for a map, 1 for an imap");
            assertEquals(range(100).size(), call.run().apply(counted.chunksize(10)).size(), call.name());
            assertEquals(10, chunks.getAndSet(0), call.name() + ", chunksize 10");
        }
    }

    /** A progress listener that keeps every call: done, total, failed. */
    record ProgressTrace(List<long[]> calls) implements ProgressListener {
        ProgressTrace() {
            this(new CopyOnWriteArrayList<>());
        }

        @Override
        public void progress(long done, long total, long failed) {
            calls.add(new long[] {done, total, failed});
        }

        long max(int column) {
            return calls.stream().mapToLong(c -> c[column]).max().orElse(-2);
        }
    }

    @Test
    void mapOptionsRoundTripAndReachTheMap() {
        ProgressTrace progress = new ProgressTrace();
        List<Object> results = new CopyOnWriteArrayList<>();
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        MapOptions<Object> defaults = MapOptions.defaults();
        MapOptions<Object> options = defaults.chunksize(4).progress(progress).errorCallback(errors::add)
                .callback(results::add);
        assertEquals(0, defaults.chunksize(), "the defaults are not changed by a copy");
        assertFalse(defaults.hasCallbacks());
        assertEquals(null, defaults.progress());
        assertEquals("MapOptions[chunksize=automatic]", defaults.toString());
        assertEquals(4, options.chunksize());
        assertEquals(progress, options.progress());
        assertTrue(options.hasCallbacks());
        assertEquals("MapOptions[chunksize=4, callback, errorCallback, progress]", options.toString());
        assertEquals(7, options.chunksize(7).chunksize());
        assertEquals(4, options.chunksize(), "a copy leaves its original as it was");
        assertFalse(options.callback(null).errorCallback(null).hasCallbacks(), "null is none");

        Pool pool = pool(2);
        List<Integer> squares = pool.mapAsync(x -> x * x, range(10), options).get();
        assertEquals(range(10).stream().map(x -> x * x).toList(), squares);
        assertEquals(List.of(squares), results, "the callback got the results");
        assertEquals(List.of(), errors);
        assertEquals(3, progress.calls().size(), "ten items in chunks of 4");
        assertEquals(10, progress.max(0));
        assertThrows(UnsupportedOperationException.class, () -> ((List<?>) results.get(0)).set(0, null),
                "the callback's list is a view it cannot change");

        AsyncResult<List<Integer>> failed = pool.starmapAsync((Integer a, Integer b, Integer c) -> a / b + c,
                List.of(Args3.of(1, 1, 1), Args3.of(1, 0, 1)), options);
        assertThrows(ArithmeticException.class, failed::get);
        assertEquals(1, errors.size());
        assertInstanceOf(ArithmeticException.class, errors.get(0), "the error callback got the error");
        assertEquals(1, results.size(), "the callback did not run for a failed map");

        // A callback typed for the results reads them as they are.
        List<Integer> sums = new CopyOnWriteArrayList<>();
        pool.starmapAsync((Integer a, Integer b) -> a + b, List.of(Args2.of(1, 2), Args2.of(3, 4)),
                MapOptions.defaults().callback((List<Integer> r) -> sums.add(r.get(0) + r.get(1)))).get();
        assertEquals(List.of(10), sums);
    }

    @Test
    void callbacksAreRejectedByTheMethodsThatTakeNone() {
        Pool pool = pool(1);
        AtomicLong read = new AtomicLong();
        Iterable<Integer> input = () -> {
            read.incrementAndGet();
            return range(3).iterator();
        };
        for (MapOptions<Object> withCallback : List.of(MapOptions.defaults().callback(r -> {}),
                MapOptions.defaults().errorCallback(e -> {}))) {
            for (var call : List.<org.junit.jupiter.api.function.Executable>of(
                    () -> pool.map(x -> x, input, withCallback),
                    () -> pool.starmap((Integer a, Integer b) -> a + b, List.of(Args2.of(1, 2)), withCallback),
                    () -> pool.starmap((Integer a, Integer b, Integer c) -> a, List.of(Args3.of(1, 2, 3)), withCallback),
                    () -> pool.imap(x -> x, input, withCallback),
                    () -> pool.imapUnordered(x -> x, input, withCallback))) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
                assertTrue(e.getMessage().matches("(map|starmap|imap|imapUnordered) takes no callback.*mapAsync.*"),
                        e.getMessage());
            }
        }
        assertEquals(0, read.get(), "a rejected call reads none of its input");
        assertEquals(List.of(0, 1, 2), pool.mapAsync(x -> x, input, MapOptions.defaults().callback(r -> {})).get());
        assertThrows(NullPointerException.class, () -> pool.map(x -> x, range(3), null));
        assertThrows(NullPointerException.class, () -> pool.mapAsync(x -> x, range(3), null));
    }

    @Test
    void imapAndImapUnorderedTellTheirProgress() {
        Pool pool = pool(2);
        for (boolean ordered : List.of(true, false)) {
            ProgressTrace progress = new ProgressTrace();
            MapOptions<Object> options = chunks(2).progress(progress);
            ImapIterator<Integer> it = ordered ? pool.imap(PoolContract::squareUnless3, range(20), options)
                    : pool.imapUnordered(PoolContract::squareUnless3, range(20), options);
            int got = 0;
            int failures = 0;
            while (it.hasNext()) {
                try {
                    it.next();
                    got++;
                } catch (ArithmeticException e) {
                    failures++;
                }
            }
            assertEquals(19, got);
            assertEquals(1, failures);
            // A chunk is reported before its results are delivered: all is told once all is taken.
            assertEquals(10, progress.calls().size(), "ten chunks of two");
            assertEquals(20, progress.max(0));
            assertEquals(1, progress.max(2), "one item failed");
            assertTrue(progress.calls().stream().allMatch(c -> c[1] == -1 || c[1] == 20),
                    "the total is unknown until the input is exhausted, then 20");
        }
    }

    @Test
    void closingAnImapIteratorStopsItsInputAndDropsItsResults() {
        Pool pool = pool(2);
        AtomicLong pulled = new AtomicLong();
        Iterable<Integer> endless = () -> IntStream.iterate(0, i -> i + 1).peek(i -> pulled.incrementAndGet()).iterator();
        ImapIterator<Integer> it = pool.imap(x -> x, endless, chunks(4));
        assertEquals(0, it.next());
        await().atMost(Duration.ofSeconds(60)).until(() -> pulled.get() > 40); // the window fills ahead
        it.close();
        long atClose = pulled.get();
        assertFalse(it.hasNext(), "the results that were in are dropped");
        IllegalStateException e = assertThrows(IllegalStateException.class, it::next);
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> it.next(Duration.ZERO));
        // A shut-down pool's imap reads its input without waiting for the consumer: had this
        // one not stopped, the pool would read the endless input and never end.
        pool.shutdown();
        assertTrue(pool.join(Duration.ofSeconds(60)), "the closed imap's input stopped");
        assertTrue(pulled.get() <= atClose + 1, "pulled " + (pulled.get() - atClose) + " items after close");
        it.close();
        assertFalse(it.hasNext(), "close is idempotent");
    }

    @Test
    void closingAnImapIteratorWakesANextWaitingInAnotherThread() {
        Pool pool = pool(1);
        ImapIterator<Integer> it = stuckImap(pool);
        BackgroundCall<Integer> next = BackgroundCall.start("next", it::next).awaitBlocked();
        it.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, next::result);
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    @Test
    void theIterableViewOfAnImapIsOneShot() {
        Pool pool = pool(2);
        List<Integer> rest = new ArrayList<>();
        Iterable<Integer> view;
        try (ImapIterator<Integer> it = pool.imap(x -> x + 1, range(5))) {
            assertEquals(1, it.next());
            view = it.asIterable();
            for (int x : view) {
                rest.add(x);
            }
            IllegalStateException e = assertThrows(IllegalStateException.class, view::iterator);
            assertTrue(e.getMessage().contains("iterated once"), e.getMessage());
            assertThrows(IllegalStateException.class, () -> it.asIterable().iterator(), "another view of it too");
        }
        assertEquals(List.of(2, 3, 4, 5), rest, "the view iterates what next() has not taken");
    }

    @Test
    void tryWithResourcesLeavesAnEndlessImapEarly() {
        Pool pool = pool(2);
        Iterable<Integer> endless = () -> IntStream.iterate(0, i -> i + 1).iterator();
        int sum = 0;
        try (ImapIterator<Integer> it = pool.imapUnordered(x -> x, endless, chunks(8))) {
            for (int x : it.asIterable()) {
                sum += x;
                if (sum > 1000) {
                    break;
                }
            }
        }
        assertTrue(sum > 1000);
        pool.shutdown();
        assertTrue(pool.join(Duration.ofSeconds(60)), "the imap left early does not keep the pool open");
    }

    @Test
    void workersHaveNames() {
        Pool pool = pool(2);
        String name = pool.apply(() -> Context.currentProcess().name());
        assertTrue(name.matches("(Spawn|Thread|Cluster)PoolWorker-\\d+"), name);
        assertNotEquals("MainProcess", name);
    }

    /** In a worker: writes its pid to {@code pidFile}, whole (by a rename), for {@link #awaitPid}. */
    static void publishPid(String pidFile) throws IOException {
        Files.writeString(Path.of(pidFile + ".tmp"), Long.toString(ProcessHandle.current().pid()));
        Files.move(Path.of(pidFile + ".tmp"), Path.of(pidFile));
    }

    /** The pid a worker published with {@link #publishPid}, once it has. */
    static long awaitPid(String pidFile) throws IOException {
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(Path.of(pidFile)));
        return Long.parseLong(Files.readString(Path.of(pidFile)));
    }
}
