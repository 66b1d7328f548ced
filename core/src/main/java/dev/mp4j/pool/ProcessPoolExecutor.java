package dev.mp4j.pool;

import dev.mp4j.core.Context;
import dev.mp4j.core.InterruptedError;
import dev.mp4j.core.SerializationError;
import dev.mp4j.core.internal.Timeouts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Python's {@code concurrent.futures.ProcessPoolExecutor} as a
 * {@link java.util.concurrent.ExecutorService}: a {@link Pool} of thread workers
 * ({@link Context#threads()}, Python's {@code ThreadPoolExecutor}) or of child JVMs
 * ({@link Context#spawn()}) behind the JDK's interface, with Python's {@code map} and
 * {@code shutdown(wait, cancelFutures)} beside it.
 *
 * <pre>{@code
 * try (ProcessPoolExecutor executor = new ProcessPoolExecutor(Context.spawn(), 4)) {
 *     int x = 6;
 *     CompletableFuture<Integer> f = executor.submit(() -> x * 7);             // 42, from a child JVM
 *     CompletableFuture<String> text = f.thenApply(n -> "answer " + n);
 *     for (boolean prime : executor.map(Primes::isPrime, numbers, Duration.ofMinutes(1)).asIterable()) { ... }
 *     List<Future<Integer>> all = executor.invokeAll(List.of(() -> 1, () -> 2));
 * }
 * }</pre>
 *
 * <p><b>Tasks</b> are serializable: {@link Task} (a {@link Callable}) and {@link RunnableTask}
 * (a {@link Runnable}); a lambda given to {@code submit} or {@code execute} is one. A plain
 * {@code Callable} or {@code Runnable} object is accepted too and travels if it is
 * {@link java.io.Serializable}. In the spawn context a task is serialized in the caller's
 * thread, so one that cannot travel fails at the call with a
 * {@link dev.mp4j.core.SerializationError} naming the field that broke it. A task's
 * exception reaches {@link Future#get()} as the cause of its {@link ExecutionException},
 * as itself, with the worker's stack trace.
 *
 * <p><b>Futures</b> are {@link CompletableFuture}s, so they compose
 * ({@code thenApply}, {@code allOf}); dependent stages run in the thread that completes the
 * future (a pool thread: keep them short) unless given an executor of their own.
 * {@code cancel} of a task that no worker has started removes it: it never runs.
 * {@code cancel(true)} of a running task stops it: its child JVM is killed and replaced (the
 * other tasks that worker had claimed and not finished fail with {@link WorkerLostError}),
 * its thread worker is interrupted. {@code cancel(false)} of a running task lets it run on
 * and drops its result. A cancel that crosses a child JVM's start of the task may let the
 * task run, its result dropped.
 *
 * <p><b>Ordering.</b> Tasks start in the order they were submitted, as workers free up.
 * {@link #map} returns its results in input order, lazily: its input is read a bounded
 * window ahead of the consumer, not all at once as in Python.
 *
 * <p><b>Lifecycle</b>, as the JDK's: {@link #shutdown()} takes no new tasks (they throw
 * {@link RejectedExecutionException}) and lets the submitted ones finish;
 * {@link #shutdownNow()} cancels the tasks no worker has started and returns them, and
 * stops the running ones (child JVMs are terminated, thread workers interrupted; their futures
 * fail with a {@link dev.mp4j.core.ProcessError}); {@link #awaitTermination} waits for the
 * workers to end; {@link #close()} is {@link ExecutorService#close()}. Python's
 * {@code shutdown(wait, cancel_futures)} is {@link #shutdown(boolean, boolean)}.
 *
 * <p><b>Across processes: where CPython is weak.</b> A child JVM worker that dies mid-task
 * (SIGKILL, out of memory, {@code System.exit}) fails only the task it was running, with a
 * {@link WorkerLostError} naming its pid and exit code; it is replaced, and every other task
 * goes on. CPython marks the whole executor broken instead ({@code BrokenProcessPool}): every
 * pending future fails, and the executor takes no more work.
 *
 * <p><b>With the JDK's code.</b> {@code CompletableFuture.supplyAsync(supplier, executor)} and
 * {@code runAsync} hand the executor a task of the JDK's own that wraps the supplier. In the
 * threads context it runs on a worker. In the spawn context it cannot travel (it is not
 * serializable, and the JDK does not let the supplier be taken out of it), so
 * {@code execute} refuses it with a {@link SerializationError} that says so: use
 * {@link #supplyAsync(Task)}, which runs a serializable supplier in a child JVM and returns
 * the same kind of future.
 *
 * <p><b>Memory consistency effects:</b> actions before a submission happen-before the task
 * (for thread workers); the task's actions (for thread workers) happen-before the completion
 * of its future, and so before a {@code get()} that returns its result.
 *
 * @see Pool
 */
public final class ProcessPoolExecutor implements ExecutorService {

    /* Design: the executor is a face, the Pool the engine. Each task is one applyAsync whose
     * result completes an ExecutorFuture, which keeps the task's chunk to cancel it. The Pool
     * is private to the executor: every job in it is the executor's. */

    private final Pool pool;
    private final CountDownLatch shutdownCalled = new CountDownLatch(1);

    /** {@link Context#cpuCount()} workers of the default context. */
    public ProcessPoolExecutor() {
        this(Context.defaultContext(), PoolOptions.defaults());
    }

    /** {@code maxWorkers} workers of the default context (Python: {@code ProcessPoolExecutor(max_workers)}). */
    public ProcessPoolExecutor(int maxWorkers) {
        this(Context.defaultContext(), PoolOptions.defaults().processes(maxWorkers));
    }

    /** {@link Context#cpuCount()} workers of {@code context} (Python's {@code mp_context}). */
    public ProcessPoolExecutor(Context context) {
        this(context, PoolOptions.defaults());
    }

    /** {@code maxWorkers} workers of {@code context}. */
    public ProcessPoolExecutor(Context context, int maxWorkers) {
        this(context, PoolOptions.defaults().processes(maxWorkers));
    }

    /**
     * Workers of {@code context} as {@code options} say: Python's {@code max_workers}
     * ({@link PoolOptions#processes}), {@code initializer} with its {@code initargs} captured
     * ({@link PoolOptions#initializer}), {@code max_tasks_per_child}
     * ({@link PoolOptions#maxTasksPerChild}), and mp4j's task timeout.
     */
    public ProcessPoolExecutor(Context context, PoolOptions options) {
        this.pool = new Pool(context, options);
    }

    /** The number of workers (Python's {@code _max_workers}). */
    public int maxWorkers() {
        return pool.processes();
    }

    /**
     * Runs {@code task} in a worker (Python: {@code submit(fn, *args)}, the arguments captured).
     *
     * @throws RejectedExecutionException after shutdown
     * @throws SerializationError in the spawn context, if the task cannot be serialized
     */
    public <T> CompletableFuture<T> submit(Task<T> task) {
        return submit(Objects.requireNonNull(task, "task"), task);
    }

    /** Runs {@code task} in a worker; its future completes with {@code null}. */
    public CompletableFuture<?> submit(RunnableTask task) {
        return submit(task, null);
    }

    /** Runs {@code task} in a worker; its future completes with {@code result} (which travels back). */
    public <T> CompletableFuture<T> submit(RunnableTask task, T result) {
        return submit(new Adapters.RunnableTaskOf<>(Objects.requireNonNull(task, "task"), result), task);
    }

    /** {@link #submit(Task)} for a {@code Callable} object: it must be serializable to reach a child JVM. */
    @Override
    public <T> CompletableFuture<T> submit(Callable<T> task) {
        Objects.requireNonNull(task, "task");
        return submit(task instanceof Task<T> t ? t : new Adapters.CallableTask<>(task), task);
    }

    /** {@link #submit(RunnableTask)} for a {@code Runnable} object: it must be serializable to reach a child JVM. */
    @Override
    public CompletableFuture<?> submit(Runnable task) {
        return submit(task, null);
    }

    /** {@link #submit(RunnableTask, Object)} for a {@code Runnable} object. */
    @Override
    public <T> CompletableFuture<T> submit(Runnable task, T result) {
        refuseJdkGlue(Objects.requireNonNull(task, "task"));
        return submit(new Adapters.RunnableTaskOf<>(task, result), task);
    }

    /**
     * Runs {@code command} in a worker, later. Its exception, if it throws one, is printed to
     * stderr (as a thread pool's uncaught exception is).
     */
    public void execute(RunnableTask command) {
        execute((Runnable) command);
    }

    /**
     * {@link #execute(RunnableTask)} for a {@code Runnable} object.
     *
     * @throws SerializationError in the spawn context, if it cannot be serialized: a
     *         {@code CompletableFuture.supplyAsync} task among them (see the class description)
     */
    @Override
    public void execute(Runnable command) {
        submit(command).whenComplete((v, e) -> {
            if (e != null && !(e instanceof CancellationException)) {
                System.err.println("mp4j: exception in a task of ProcessPoolExecutor.execute:");
                e.printStackTrace();
            }
        });
    }

    /**
     * Runs {@code supplier} in a worker; the twin of {@code CompletableFuture.supplyAsync(supplier,
     * executor)} that works in the spawn context too (see the class description).
     */
    public <T> CompletableFuture<T> supplyAsync(Task<T> supplier) {
        return submit(supplier);
    }

    private <T> CompletableFuture<T> submit(Task<T> task, Object asGiven) {
        ExecutorFuture<T> future = new ExecutorFuture<>(pool, asRunnable(asGiven));
        try {
            future.submitted(pool.submitTask(task, new AsyncResult<>(future), null, null));
        } catch (IllegalStateException notRunning) {
            throw new RejectedExecutionException("the executor is shut down", notRunning);
        }
        return future;
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) throws InterruptedException {
        return Invocations.invokeAll(tasks, Long.MAX_VALUE, this::submit);
    }

    /** Cancels, and stops, the tasks not done when the timeout runs out (see {@link ExecutorService}). */
    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException {
        return Invocations.invokeAll(tasks, nanos(timeout, unit), this::submit);
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks) throws InterruptedException, ExecutionException {
        try {
            return Invocations.invokeAny(tasks, Long.MAX_VALUE, this::submit);
        } catch (TimeoutException e) {
            throw new AssertionError("invokeAny without a limit timed out", e);
        }
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        return Invocations.invokeAny(tasks, nanos(timeout, unit), this::submit);
    }

    /**
     * Applies {@code fn} to the items, results in input order, lazily (Python:
     * {@code map(fn, items)}, chunks of 1). The iterator throws an item's exception at that
     * item and goes on; closing it stops the input.
     *
     * @throws RejectedExecutionException after shutdown
     */
    public <T, R> ImapIterator<R> map(Fn<? super T, ? extends R> fn, Iterable<? extends T> items) {
        return map(fn, items, Duration.ofSeconds(Long.MAX_VALUE), 1);
    }

    /**
     * {@link #map(Fn, Iterable)} whose iterator throws {@link dev.mp4j.core.TimeoutError} from
     * {@code hasNext()} or {@code next()} once {@code timeout}, counted from this call, has run
     * out and the next result is not in (Python: {@code map(fn, items, timeout=...)}). A
     * timeout of zero or less does not wait; one too long for a {@code long} of nanoseconds
     * is no limit.
     */
    public <T, R> ImapIterator<R> map(Fn<? super T, ? extends R> fn, Iterable<? extends T> items, Duration timeout) {
        return map(fn, items, timeout, 1);
    }

    /**
     * {@link #map(Fn, Iterable, Duration)} sending the items to the workers in chunks of
     * {@code chunksize} (Python's {@code chunksize}).
     *
     * @throws IllegalArgumentException if {@code chunksize} is less than 1
     */
    public <T, R> ImapIterator<R> map(Fn<? super T, ? extends R> fn, Iterable<? extends T> items, Duration timeout,
            int chunksize) {
        long start = System.nanoTime();
        Objects.requireNonNull(timeout, "timeout");
        MapOptions<?> options = MapOptions.defaults().chunksize(chunksize);
        try {
            return pool.imap(fn, items, options, timeout, start);
        } catch (IllegalStateException notRunning) {
            throw new RejectedExecutionException("the executor is shut down", notRunning);
        }
    }

    /** Takes no new tasks; the submitted ones finish, then the workers end. Returns at once. */
    @Override
    public void shutdown() {
        pool.shutdown();
        shutdownCalled.countDown();
    }

    /**
     * Python's {@code shutdown(wait, cancel_futures)}: {@link #shutdown()}; with
     * {@code cancelFutures} the tasks no worker has started are cancelled first; with
     * {@code wait} it returns once the workers have ended.
     *
     * @throws InterruptedError if interrupted while waiting (the interrupt flag is restored)
     */
    public void shutdown(boolean wait, boolean cancelFutures) {
        shutdown();
        if (cancelFutures) {
            cancelUnstarted();
        }
        if (wait) {
            try {
                awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                throw new InterruptedError(e);
            }
        }
    }

    /**
     * Shuts down, cancels the tasks no worker has started and stops the running ones (their
     * futures fail with a {@link dev.mp4j.core.ProcessError}). Returns the tasks that never
     * started, as given (a {@code Callable} as a {@code Runnable} that calls it); their
     * futures are cancelled, so that nothing waits for them forever.
     */
    @Override
    public List<Runnable> shutdownNow() {
        shutdown();
        List<Runnable> unstarted = cancelUnstarted();
        pool.terminate();
        return unstarted;
    }

    private List<Runnable> cancelUnstarted() {
        List<Runnable> tasks = new ArrayList<>();
        for (Chunk chunk : pool.backing().drainUnstarted()) {
            if (chunk.job instanceof ApplyJob<?> job && job.result.future() instanceof ExecutorFuture<?> f) {
                f.cancel(false);
                tasks.add(f.asGiven);
            } else {
                chunk.completeAll(new CancellationException("the executor was shut down before this item started"));
            }
        }
        return tasks;
    }

    @Override
    public boolean isShutdown() {
        return pool.backing().state() != PoolBacking.State.RUNNING;
    }

    /** Whether it is shut down, its tasks are done and its workers have ended. */
    @Override
    public boolean isTerminated() {
        return pool.backing().terminated();
    }

    /**
     * Waits until the workers have ended after a shutdown, or the timeout runs out, or the
     * calling thread is interrupted; returns whether they ended. A timeout of zero or less
     * does not wait. Before a shutdown it waits for one.
     *
     * @throws InterruptedException if interrupted while waiting (the JDK's contract; the flag is cleared)
     */
    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = nanos(timeout, unit);
        long start = System.nanoTime();
        if (Timeouts.unlimited(nanos)) {
            shutdownCalled.await();
        } else if (!shutdownCalled.await(nanos, TimeUnit.NANOSECONDS)) {
            return false;
        }
        try {
            return pool.backing().join(Timeouts.unlimited(nanos) ? -1 : Timeouts.remaining(start, nanos));
        } catch (InterruptedError e) {
            Thread.interrupted(); // waiting for a worker restores the flag; InterruptedException clears it
            throw new InterruptedException("interrupted while awaiting termination");
        }
    }

    /**
     * {@link ExecutorService#close()}'s contract: shuts down and waits for the tasks to finish
     * and the workers to end; a {@link #map} reads no more of its input (its iterator throws a
     * {@link dev.mp4j.core.ProcessError} after the results already sent for). If interrupted
     * while waiting, it calls {@link #shutdownNow()}, waits on, and restores the interrupt flag.
     */
    @Override
    public void close() {
        shutdown();
        pool.backing().stopInputs();
        boolean interrupted = false;
        while (true) {
            try {
                if (awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                if (!interrupted) {
                    interrupted = true;
                    shutdownNow();
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "ProcessPoolExecutor[" + pool.backing().context.name() + ", maxWorkers=" + maxWorkers() + ", "
                + (isTerminated() ? "terminated" : isShutdown() ? "shut down" : "running") + "]";
    }

    /** A JDK {@code timeout} and {@code unit} in nanoseconds by mp4j's rule (saturated: no limit). */
    private static long nanos(long timeout, TimeUnit unit) {
        return Math.max(0L, Objects.requireNonNull(unit, "unit").toNanos(timeout));
    }

    /**
     * {@code CompletableFuture.supplyAsync}'s task cannot travel: say so, and what to use,
     * rather than fail on a JDK class's name.
     */
    private void refuseJdkGlue(Runnable task) {
        if (task instanceof CompletableFuture.AsynchronousCompletionTask && pool.backing().serializes()) {
            throw new SerializationError("CompletableFuture.supplyAsync/runAsync give the executor a task of the "
                    + "JDK's that cannot be serialized to a worker in another JVM (" + task.getClass().getName()
                    + "); in the " + pool.backing().context.name() + " context use executor.supplyAsync(task) or"
                    + " executor.submit(task), which return a CompletableFuture computed in a worker");
        }
    }

    private static Runnable asRunnable(Object task) {
        if (task instanceof Runnable r) {
            return r;
        }
        Callable<?> c = (Callable<?>) task;
        return () -> {
            try {
                c.call();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        };
    }
}
