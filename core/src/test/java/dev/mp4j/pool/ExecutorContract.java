package dev.mp4j.pool;

import static dev.mp4j.pool.PoolContract.awaitPid;
import static dev.mp4j.pool.PoolContract.publishPid;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ProcessPoolExecutor contract, run against every context, with the JSR-166 TCK's
 * ExecutorService expectations that apply. One executor of two workers serves the tests
 * that leave it running (child JVMs are dear); a test that shuts an executor down makes its
 * own, of one worker.
 */
@Timeout(120)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ExecutorContract extends ContextContract {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private ProcessPoolExecutor shared;
    private final List<ProcessPoolExecutor> own = new ArrayList<>();

    @TempDir
    Path base;
    /** A fresh directory for each test (the class's one executor spans the tests). */
    private Path dir;

    @BeforeEach
    void freshDirectory() throws IOException {
        dir = Files.createTempDirectory(base, "test");
    }

    @BeforeAll
    void startSharedExecutor() {
        shared = new ProcessPoolExecutor(context(), 2);
    }

    @AfterEach
    void stopOwnExecutors() {
        for (ProcessPoolExecutor executor : own) {
            executor.shutdownNow();
            executor.close();
        }
        own.clear();
    }

    @AfterAll
    void nothingLeftBehind() {
        shared.close();
        assertTrue(shared.isTerminated());
        await().atMost(PATIENCE).until(() -> Context.activeChildren().isEmpty());
        await().atMost(PATIENCE).until(() -> RuntimeFiles.createdBy(ProcessHandle.current().pid()).isEmpty());
    }

    private ProcessPoolExecutor executor(PoolOptions options) {
        ProcessPoolExecutor executor = new ProcessPoolExecutor(context(), options);
        own.add(executor);
        return executor;
    }

    private ProcessPoolExecutor oneWorker() {
        return executor(PoolOptions.defaults().processes(1));
    }

    static int square(int x) {
        return x * x;
    }

    static int inverse(int x) {
        return 1 / (x - 5);
    }

    /** In a worker: waits (polling, as the worker has nothing else to do) until {@code path} exists. */
    static void awaitFile(String path) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Files.exists(Path.of(path)) && System.nanoTime() < end) {
            Thread.sleep(5);
        }
    }

    /** In a worker: a task that runs until stopped, publishing its pid first; writes {@code interrupted} if interrupted. */
    static long blockUntilStopped(String pidFile, String interrupted) throws IOException {
        publishPid(pidFile);
        try {
            Thread.sleep(60_000);
        } catch (InterruptedException e) {
            Files.createFile(Path.of(interrupted));
        }
        return ProcessHandle.current().pid();
    }

    /** A task that runs until stopped, and what it leaves behind: its pid, and a file if it was interrupted. */
    record Blocker(String pidFile, String interruptedFile) {
        Task<Long> task() {
            String pids = pidFile;
            String interrupted = interruptedFile;
            return () -> blockUntilStopped(pids, interrupted);
        }

        /** The pid of the worker running the task, once it runs. */
        long awaitPid() throws IOException {
            return PoolContract.awaitPid(pidFile);
        }

        boolean wasInterrupted() {
            return Files.exists(Path.of(interruptedFile));
        }
    }

    private Blocker blocker(String name) {
        return new Blocker(dir.resolve(name + ".pid").toString(), dir.resolve(name + ".interrupted").toString());
    }

    static void touch(String path) {
        try {
            Files.createFile(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final class Unserializable {
    }

    /** A Callable object that is not a Task: a spawn executor takes it if it is serializable. */
    record PlainCallable(int x) implements Callable<Integer>, java.io.Serializable {
        @Override
        public Integer call() {
            return x + 1;
        }
    }

    @Test
    void submitReturnsTheTasksResult() throws Exception {
        int x = 6;
        assertEquals(42, shared.submit(() -> x * 7).get(30, TimeUnit.SECONDS));
        assertEquals(8, shared.submit(new PlainCallable(7)).get(30, TimeUnit.SECONDS));
        String done = dir.resolve("runnable-ran").toString();
        assertNull(shared.submit(() -> touch(done)).get(30, TimeUnit.SECONDS));
        assertTrue(Files.exists(Path.of(done)));
        assertEquals("result", shared.submit(() -> square(3), "result").get(30, TimeUnit.SECONDS));
    }

    @Test
    void aTasksExceptionIsTheCauseOfExecutionExceptionWithTheWorkersStackTrace() {
        CompletableFuture<Integer> f = shared.submit(() -> inverse(5));
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(30, TimeUnit.SECONDS));
        ArithmeticException cause = assertInstanceOf(ArithmeticException.class, e.getCause());
        assertTrue(Arrays.stream(cause.getStackTrace()).anyMatch(s -> s.getMethodName().equals("inverse")),
                Arrays.toString(cause.getStackTrace()));
        assertTrue(f.isCompletedExceptionally());
        IOException checked = assertInstanceOf(IOException.class, assertThrows(ExecutionException.class,
                () -> shared.submit(() -> {
                    throw new IOException("checked, as itself");
                }).get(30, TimeUnit.SECONDS)).getCause());
        assertEquals("checked, as itself", checked.getMessage());
    }

    @Test
    void futuresAreCompletableFuturesThatCompose() throws Exception {
        List<CompletableFuture<Integer>> squares = IntStream.range(0, 10)
                .mapToObj(i -> shared.submit(() -> square(i))).toList();
        CompletableFuture<Integer> sum = CompletableFuture.allOf(squares.toArray(CompletableFuture[]::new))
                .thenApply(v -> squares.stream().mapToInt(CompletableFuture::join).sum());
        assertEquals(285, sum.get(30, TimeUnit.SECONDS));
        assertEquals("6", shared.submit(() -> 2 * 3).thenApply(String::valueOf).get(30, TimeUnit.SECONDS));
        assertEquals(7, shared.submit(() -> 3).thenCompose(n -> shared.submit(() -> n + 4)).get(30, TimeUnit.SECONDS));
    }

    @Test
    void executeRunsTheTaskLater() {
        String ran = dir.resolve("executed").toString();
        shared.execute(() -> touch(ran));
        await().atMost(PATIENCE).until(() -> Files.exists(Path.of(ran)));
    }

    @Test
    void supplyAsyncWithTheExecutorRunsOnThreadsAndIsRefusedClearlyForChildJvms() throws Exception {
        if (otherJvms()) {
            SerializationError e = assertThrows(SerializationError.class,
                    () -> CompletableFuture.supplyAsync(() -> 6 * 7, shared));
            assertTrue(e.getMessage().contains("supplyAsync") && e.getMessage().contains("executor.supplyAsync(task)"),
                    e.getMessage());
        } else {
            assertEquals(42, CompletableFuture.supplyAsync(() -> 6 * 7, shared).get(30, TimeUnit.SECONDS));
        }
        long here = ProcessHandle.current().pid();
        long there = shared.supplyAsync(() -> ProcessHandle.current().pid()).get(30, TimeUnit.SECONDS);
        assertEquals(otherJvms(), here != there, "the supplier ran in pid " + there + "; this JVM is " + here);
    }

    @Test
    void aTaskThatCannotTravelFailsAtTheCallNamingWhatBrokeIt() throws Exception {
        Unserializable u = new Unserializable();
        Callable<Integer> plain = () -> 1; // a Callable, not a Task: not serializable
        if (otherJvms()) {
            SerializationError e = assertThrows(SerializationError.class, () -> shared.submit(() -> u.hashCode()));
            assertTrue(e.getMessage().contains("Unserializable"), e.getMessage());
            e = assertThrows(SerializationError.class, () -> shared.submit(plain));
            assertTrue(e.getMessage().contains("callable"), e.getMessage());
        } else {
            assertEquals(u.hashCode(), shared.submit(() -> u.hashCode()).get(30, TimeUnit.SECONDS));
            assertEquals(1, shared.submit(plain).get(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void nullTasksAreNullPointerExceptions() {
        assertThrows(NullPointerException.class, () -> shared.submit((Task<Integer>) null));
        assertThrows(NullPointerException.class, () -> shared.submit((Callable<Integer>) null));
        assertThrows(NullPointerException.class, () -> shared.submit((Runnable) null));
        assertThrows(NullPointerException.class, () -> shared.execute((Runnable) null));
        assertThrows(NullPointerException.class, () -> shared.invokeAll(null));
        assertThrows(NullPointerException.class, () -> shared.invokeAny(null));
        List<Callable<Integer>> withNull = new ArrayList<>();
        withNull.add(() -> 1);
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> shared.invokeAll(withNull));
        assertThrows(NullPointerException.class, () -> shared.invokeAny(withNull));
        assertThrows(NullPointerException.class, () -> shared.invokeAll(List.<Callable<Integer>>of(() -> 1), 1, null));
    }

    @Test
    void invokeAllReturnsEveryFutureDoneInTheOrderGiven() throws Exception {
        assertTrue(shared.invokeAll(List.<Callable<Integer>>of()).isEmpty());
        List<Task<Integer>> tasks = List.of(() -> square(1), () -> inverse(5), () -> square(3));
        List<Future<Integer>> futures = shared.invokeAll(tasks);
        assertEquals(3, futures.size());
        assertTrue(futures.stream().allMatch(Future::isDone));
        assertEquals(1, futures.get(0).get());
        assertInstanceOf(ArithmeticException.class, assertThrows(ExecutionException.class, futures.get(1)::get).getCause());
        assertEquals(9, futures.get(2).get());
    }

    @Test
    void timedInvokeAllCancelsAndStopsWhatIsNotDoneInTime() throws Exception {
        Blocker blocker = blocker("slow");
        List<Task<Long>> tasks = List.of(() -> 1L, blocker.task(), () -> 3L);
        List<Future<Long>> futures = shared.invokeAll(tasks, 5, TimeUnit.SECONDS);
        assertEquals(3, futures.size());
        assertEquals(1L, futures.get(0).get());
        assertTrue(futures.get(1).isCancelled());
        assertEquals(3L, futures.get(2).get());
        long pid = blocker.awaitPid();
        if (spawn()) {
            await().atMost(PATIENCE).until(() -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
        } else {
            await().atMost(PATIENCE).until(() -> blocker.wasInterrupted());
        }
        List<Future<Long>> none = shared.invokeAll(List.<Task<Long>>of(() -> 1L), 0, TimeUnit.SECONDS);
        assertTrue(none.getFirst().isDone(), "a timeout of zero leaves nothing pending");
    }

    @Test
    void invokeAnyReturnsASuccessfulResult() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> shared.invokeAny(List.<Callable<Integer>>of()));
        assertEquals(9, shared.invokeAny(List.<Task<Integer>>of(() -> inverse(5), () -> square(3))));
        ExecutionException all = assertThrows(ExecutionException.class,
                () -> shared.invokeAny(List.<Task<Integer>>of(() -> inverse(5), () -> inverse(5))));
        assertInstanceOf(ArithmeticException.class, all.getCause());
        assertEquals(4, shared.invokeAny(List.<Task<Integer>>of(() -> square(2)), 30, TimeUnit.SECONDS));
        Blocker blocker = blocker("any");
        assertThrows(TimeoutException.class, () -> shared.invokeAny(
                List.<Task<Long>>of(blocker.task()), 300, TimeUnit.MILLISECONDS));
        // The timeout cancelled the running blocker: see it stopped (a thread interrupted, a
        // child JVM killed), so that it writes nothing into the test's directory once it is gone.
        long pid = blocker.awaitPid();
        if (spawn()) {
            await().atMost(PATIENCE).until(() -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
        } else {
            await().atMost(PATIENCE).until(() -> blocker.wasInterrupted());
        }
    }

    @Test
    void cancelRemovesQueuedTasksAndStopsTheRunningOne() throws Exception {
        ProcessPoolExecutor executor = oneWorker();
        Blocker blocker = blocker("blocker");
        CompletableFuture<Long> running = executor.submit(blocker.task());
        long blockerPid = blocker.awaitPid();
        // Whether each waits in the pool or was sent to the busy worker, it never runs.
        String ranA = dir.resolve("queued-a").toString();
        String ranB = dir.resolve("queued-b").toString();
        CompletableFuture<?> queuedA = executor.submit(() -> touch(ranA));
        CompletableFuture<?> queuedB = executor.submit(() -> touch(ranB));
        assertTrue(queuedB.cancel(false));
        assertTrue(queuedA.cancel(true));
        assertTrue(queuedA.isCancelled() && queuedB.isCancelled());
        assertThrows(CancellationException.class, queuedA::join);

        assertTrue(running.cancel(true));
        assertTrue(running.isCancelled());
        long next = executor.submit(() -> ProcessHandle.current().pid()).get(30, TimeUnit.SECONDS);
        if (spawn()) {
            assertNotEquals(blockerPid, next, "the worker of the cancelled task was killed and replaced");
            assertFalse(ProcessHandle.of(blockerPid).map(ProcessHandle::isAlive).orElse(false));
        } else {
            await().atMost(PATIENCE).until(() -> blocker.wasInterrupted());
        }
        assertFalse(Files.exists(Path.of(ranA)), "a cancelled queued task ran");
        assertFalse(Files.exists(Path.of(ranB)), "a cancelled queued task ran");
        assertFalse(running.cancel(true) && !running.isCancelled());
        assertFalse(executor.submit(() -> 1).thenApply(v -> v).isCancelled());
    }

    @Test
    void aWorkerKilledMidTaskFailsOnlyThatTask() throws Exception {
        assumeTrue(spawn(), "only a child JVM can be SIGKILLed");
        Blocker blocker = blocker("victim");
        CompletableFuture<Long> victim = shared.submit(blocker.task());
        List<CompletableFuture<Integer>> others = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int x = i;
            others.add(shared.submit(() -> square(x)));
        }
        long pid = blocker.awaitPid();
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        WorkerLostError lost = assertInstanceOf(WorkerLostError.class,
                assertThrows(ExecutionException.class, () -> victim.get(30, TimeUnit.SECONDS)).getCause());
        assertEquals(pid, lost.pid());
        assertEquals(-9, lost.exitCode());
        for (int i = 0; i < 50; i++) {
            assertEquals(i * i, others.get(i).get(30, TimeUnit.SECONDS));
        }
        assertFalse(shared.isShutdown(), "unlike CPython's BrokenProcessPool, the executor goes on");
        assertEquals(4, shared.submit(() -> square(2)).get(30, TimeUnit.SECONDS));
    }

    @Test
    void mapReturnsResultsInOrderLazily() {
        List<Integer> got = new ArrayList<>();
        try (ImapIterator<Integer> it = shared.map(ExecutorContract::square, IntStream.range(0, 100).boxed().toList())) {
            it.forEachRemaining(got::add);
        }
        assertEquals(IntStream.range(0, 100).map(x -> x * x).boxed().toList(), got);
        got.clear();
        for (int y : shared.<Integer, Integer>map(x -> x + 1, List.of(1, 2, 3), Duration.ofSeconds(30), 2).asIterable()) {
            got.add(y);
        }
        assertEquals(List.of(2, 3, 4), got);
        ImapIterator<Integer> failing = shared.map(ExecutorContract::inverse, List.of(4, 5, 6));
        assertEquals(-1, failing.next());
        assertThrows(ArithmeticException.class, failing::next);
        assertEquals(1, failing.next());
        assertFalse(failing.hasNext());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> shared.map(ExecutorContract::square, List.of(1), Duration.ofSeconds(1), 0));
        assertTrue(e.getMessage().contains("chunksize"), e.getMessage());
    }

    @Test
    void mapWithATimeoutRaisesTimeoutErrorFromTheIterator() {
        String go = dir.resolve("go").toString();
        ImapIterator<Integer> it = shared.map(x -> {
            if (x == 1) {
                awaitFile(go);
            }
            return x;
        }, List.of(0, 1, 2), Duration.ofSeconds(2));
        assertEquals(0, it.next(Duration.ofSeconds(30)), "next(Duration) waits no longer than the map's timeout");
        TimeoutError e = assertThrows(TimeoutError.class, it::next);
        assertTrue(e.getMessage().contains("not ready"), e.getMessage());
        assertThrows(TimeoutError.class, it::hasNext);
        touch(go);
        it.close();
        ImapIterator<Integer> none = shared.map(x -> x, List.of(1), Duration.ofSeconds(Long.MIN_VALUE));
        await().atMost(PATIENCE).ignoreException(TimeoutError.class).until(() -> none.next() == 1);
    }

    @Test
    void awaitTerminationBeforeShutdownWaitsForTheTimeoutAndCanBeInterrupted() throws Exception {
        assertFalse(shared.awaitTermination(10, TimeUnit.MILLISECONDS));
        assertFalse(shared.awaitTermination(-1, TimeUnit.SECONDS));
        assertFalse(shared.isTerminated());
        BackgroundCall<Boolean> waiting = BackgroundCall.start("awaitTermination",
                () -> shared.awaitTermination(60, TimeUnit.SECONDS)).awaitBlocked();
        waiting.interrupt();
        assertThrows(InterruptedException.class, waiting::result);
        BackgroundCall<Boolean> preInterrupted = BackgroundCall.start("awaitTermination interrupted before", () -> {
            Thread.currentThread().interrupt();
            return shared.awaitTermination(60, TimeUnit.SECONDS);
        });
        assertThrows(InterruptedException.class, preInterrupted::result);
    }

    @Test
    void shutdownLetsRunningTasksFinishAndRejectsNewOnes() throws Exception {
        ProcessPoolExecutor executor = oneWorker();
        String go = dir.resolve("go").toString();
        CompletableFuture<Integer> running = executor.submit(() -> {
            awaitFile(go);
            return 1;
        });
        CompletableFuture<Integer> queued = executor.submit(() -> 2);
        assertFalse(executor.isShutdown());
        executor.shutdown();
        assertTrue(executor.isShutdown());
        assertFalse(executor.isTerminated(), "a task is still running");
        assertThrows(RejectedExecutionException.class, () -> executor.submit(() -> 3));
        assertThrows(RejectedExecutionException.class, () -> executor.execute(() -> touch(go)));
        assertThrows(RejectedExecutionException.class, () -> executor.invokeAll(List.<Task<Integer>>of(() -> 4)));
        assertThrows(RejectedExecutionException.class, () -> executor.map(x -> x, List.of(1)));
        assertFalse(executor.awaitTermination(50, TimeUnit.MILLISECONDS));
        touch(go);
        assertTrue(executor.awaitTermination(30, TimeUnit.SECONDS));
        assertTrue(executor.isTerminated());
        assertEquals(1, running.get());
        assertEquals(2, queued.get());
        executor.shutdown(); // again: no effect
        assertTrue(executor.isTerminated());
    }

    @Test
    void shutdownNowReturnsTheTasksThatNeverStartedAndStopsTheRunningOne() throws Exception {
        ProcessPoolExecutor executor = oneWorker();
        Blocker blocker = blocker("blocker");
        CompletableFuture<Long> running = executor.submit(blocker.task());
        long pid = blocker.awaitPid();
        String never1 = dir.resolve("never-1").toString();
        RunnableTask first = () -> touch(never1);
        List<CompletableFuture<?>> queued = List.of(executor.submit(first), executor.submit(() -> 2),
                executor.submit(() -> 3));
        List<Runnable> never = executor.shutdownNow();
        assertEquals(3, never.size(), never.toString());
        assertTrue(never.contains(first));
        assertTrue(queued.stream().allMatch(CompletableFuture::isCancelled));
        assertTrue(executor.isShutdown());
        ProcessError stopped = assertInstanceOf(ProcessError.class,
                assertThrows(ExecutionException.class, () -> running.get(30, TimeUnit.SECONDS)).getCause());
        assertTrue(stopped.getMessage().contains("terminated"), stopped.getMessage());
        assertTrue(executor.awaitTermination(30, TimeUnit.SECONDS));
        assertTrue(executor.isTerminated());
        if (spawn()) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        } else if (cluster()) {
            // The node's job is cancelled, not killed: its interrupt arrives over the network.
            await().atMost(PATIENCE).until(() -> blocker.wasInterrupted());
        } else {
            assertTrue(blocker.wasInterrupted(), "the running thread task was interrupted");
        }
        assertFalse(Files.exists(dir.resolve("never-1")));
        assertThrows(RejectedExecutionException.class, () -> executor.submit(() -> 1));
    }

    @Test
    void pythonsShutdownWaitsAndCancelsThePendingFutures() throws IOException {
        ProcessPoolExecutor executor = oneWorker();
        String go = dir.resolve("go").toString();
        String pidFile = dir.resolve("running.pid").toString();
        CompletableFuture<Integer> running = executor.submit(() -> {
            publishPid(pidFile);
            awaitFile(go);
            return 1;
        });
        awaitPid(pidFile);
        CompletableFuture<Integer> pending = executor.submit(() -> 2);
        BackgroundCall<Void> shutdown = BackgroundCall.<Void>start("shutdown(wait, cancelFutures)", () -> {
            executor.shutdown(true, true);
            return null;
        }).awaitBlocked();
        await().atMost(PATIENCE).until(pending::isCancelled);
        assertFalse(running.isDone());
        touch(go);
        shutdown.result();
        assertTrue(executor.isTerminated());
        assertEquals(1, running.join());
    }

    @Test
    void closeWaitsForTheSubmittedTasks() {
        ProcessPoolExecutor executor = oneWorker();
        List<CompletableFuture<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int x = i;
            futures.add(executor.submit(() -> square(x)));
        }
        executor.close();
        assertTrue(executor.isTerminated());
        for (int i = 0; i < 20; i++) {
            assertEquals(i * i, futures.get(i).getNow(-1));
        }
        executor.close(); // again: returns at once
    }

    @Test
    void anInterruptedCloseStopsTheRunningTasksAndKeepsTheFlag() throws Exception {
        ProcessPoolExecutor executor = oneWorker();
        Blocker blocker = blocker("blocker");
        CompletableFuture<Long> running = executor.submit(blocker.task());
        blocker.awaitPid();
        BackgroundCall<Boolean> close = BackgroundCall.start("close", () -> {
            executor.close();
            return Thread.currentThread().isInterrupted();
        }).awaitBlocked();
        close.interrupt();
        assertTrue(close.result(), "close() restores the interrupt flag");
        assertTrue(executor.isTerminated());
        assertTrue(running.isCompletedExceptionally());
    }

    /** Where the initializer of an executor's worker ran: the worker's name, in this JVM or a child. */
    static volatile String initializedIn;

    @Test
    void initializerAndMaxTasksPerChild() throws Exception {
        if (cluster()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> executor(PoolOptions.defaults().processes(1).maxTasksPerChild(2)));
            assertTrue(e.getMessage().contains("maxTasksPerChild has no meaning in a cluster context"), e.getMessage());
            ProcessPoolExecutor executor = executor(PoolOptions.defaults().processes(1)
                    .initializer(() -> initializedIn = Context.currentProcess().name()));
            String seen = executor.submit(() -> Context.currentProcess().name() + "=" + initializedIn)
                    .get(30, TimeUnit.SECONDS);
            String[] parts = seen.split("=");
            assertEquals(parts[0], parts[1], "the initializer ran in the worker before its task");
            return;
        }
        ProcessPoolExecutor executor = executor(PoolOptions.defaults().processes(1).maxTasksPerChild(2)
                .initializer(() -> initializedIn = Context.currentProcess().name()));
        assertEquals(1, executor.maxWorkers());
        Set<String> workers = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            String seen = executor.submit(() -> Context.currentProcess().name() + "=" + initializedIn)
                    .get(30, TimeUnit.SECONDS);
            String[] parts = seen.split("=");
            assertEquals(parts[0], parts[1], "the initializer ran in the worker before its task");
            workers.add(parts[0]);
        }
        assertEquals(2, workers.size(), "a worker is replaced after 2 tasks: " + workers);
    }
}
