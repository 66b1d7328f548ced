package dev.mp4j.pool;

import dev.mp4j.core.Context;
import dev.mp4j.core.ProcessError;
import dev.mp4j.core.internal.Timeouts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * What a {@link Pool} delegates to: the jobs in progress and the pool's state, with one
 * subclass per kind of worker ({@link ThreadPoolBacking}, {@link SpawnPoolBacking},
 * {@link EnginePoolBacking}). It holds
 * no reference to the Pool, so a Pool that becomes garbage can be cleaned.
 */
abstract sealed class PoolBacking permits ThreadPoolBacking, SpawnPoolBacking, EnginePoolBacking {

    enum State { RUNNING, CLOSED, TERMINATED }

    final Context context;
    final PoolOptions options;
    final int processes;
    private final AtomicLong jobIds = new AtomicLong();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition idle = lock.newCondition();
    /** Guarded by lock. */
    private final Set<Job> jobs = new HashSet<>();
    /** Guarded by lock. */
    private State state = State.RUNNING;

    PoolBacking(Context context, PoolOptions options) {
        this.context = context;
        this.options = options;
        this.processes = options.processesOrDefault(context);
    }

    static PoolBacking create(Context context, PoolOptions options) {
        PoolBacking backing = switch (context.kind()) {
            case THREADS -> new ThreadPoolBacking(context, options);
            case SPAWN -> new SpawnPoolBacking(context, options);
            case CLUSTER -> new EnginePoolBacking(context, options);
        };
        try {
            backing.startWorkers();
        } catch (RuntimeException | Error e) {
            backing.terminate(); // the workers already started must not outlive the failed constructor
            throw e;
        }
        return backing;
    }

    /** Whether tasks travel serialized (to child JVMs). */
    abstract boolean serializes();

    abstract void startWorkers();

    /** Queues a chunk for a worker. */
    abstract void submit(Chunk chunk);

    /** All work is done and no more comes: let the workers end. */
    abstract void stopWorkers();

    /** Stops the workers now. */
    abstract void killWorkers();

    /** Waits for the workers to end; {@code nanos < 0} waits forever. Returns whether they did. */
    abstract boolean joinWorkers(long nanos) throws InterruptedException;

    /** Whether every worker has ended; does not wait. */
    abstract boolean workersEnded();

    /**
     * Takes {@code chunk} back if no worker has started it (still queued, or sent to a child
     * JVM that has not claimed it); returns whether it did.
     */
    abstract boolean unqueue(Chunk chunk);

    /** Stops the run of {@code chunk}: its child JVM is killed and replaced, its thread interrupted. */
    abstract void stopRun(Chunk chunk);

    /** Takes back every chunk that no worker has started, in the order they were submitted. */
    abstract List<Chunk> drainUnstarted();

    /** A chunk of {@code items} for {@code job}, serialized here when workers are JVMs. */
    Chunk chunk(Job job, int index, Fn<Object, Object> fn, byte[] fnBytes, List<?> items) {
        return new Chunk(job, index, fn, items, fnBytes, serializes() ? WireFormat.items(items, index) : null);
    }

    final long nextJobId() {
        return jobIds.incrementAndGet();
    }

    final void checkRunning() {
        lock.lock();
        try {
            if (state != State.RUNNING) {
                throw new IllegalStateException("Pool not running (" + state.name().toLowerCase() + ")");
            }
        } finally {
            lock.unlock();
        }
    }

    final State state() {
        lock.lock();
        try {
            return state;
        } finally {
            lock.unlock();
        }
    }

    /** Registers a new job, checking under the same lock as close() that the pool runs. */
    final void jobStarted(Job job) {
        lock.lock();
        try {
            if (state != State.RUNNING) {
                throw new IllegalStateException("Pool not running (" + state.name().toLowerCase() + ")");
            }
            jobs.add(job);
        } finally {
            lock.unlock();
        }
    }

    final void jobEnded(Job job) {
        boolean stop;
        lock.lock();
        try {
            if (!jobs.remove(job) || !jobs.isEmpty()) {
                return;
            }
            idle.signalAll();
            stop = state == State.CLOSED;
        } finally {
            lock.unlock();
        }
        if (stop) {
            stopWorkers();
        }
    }

    final void callbackFailed(Throwable error) {
        Consumer<? super Throwable> handler = options.callbackErrorHandler();
        if (handler != null) {
            try {
                handler.accept(error);
                return;
            } catch (RuntimeException e) {
                error.addSuppressed(e);
            }
        }
        System.err.println("mp4j: exception in a Pool callback (result delivery goes on):");
        error.printStackTrace();
    }

    /** Python's close(): no new work; the workers end once the submitted work is done. */
    final void close() {
        List<Job> pending;
        lock.lock();
        try {
            if (state != State.RUNNING) {
                return;
            }
            state = State.CLOSED;
            pending = new ArrayList<>(jobs);
        } finally {
            lock.unlock();
        }
        if (pending.isEmpty()) {
            stopWorkers();
        }
        for (Job job : pending) {
            job.poolShutDown();
        }
    }

    /**
     * {@link Pool#close()}: lazily read inputs stop where they are, so that an imap whose
     * consumer stopped does not keep the pool open.
     */
    final void stopInputs() {
        ProcessError error = new ProcessError("the pool was closed before this imap read all of its input");
        for (Job job : jobs()) {
            job.stopInput(error);
        }
    }

    private List<Job> jobs() {
        lock.lock();
        try {
            return new ArrayList<>(jobs);
        } finally {
            lock.unlock();
        }
    }

    /** Python's terminate(): pending results fail, the workers stop now. */
    final void terminate() {
        lock.lock();
        try {
            if (state == State.TERMINATED) {
                return;
            }
            state = State.TERMINATED;
        } finally {
            lock.unlock();
        }
        ProcessError error = new ProcessError("the pool was terminated before this task finished");
        for (Job job : jobs()) {
            job.fail(error);
        }
        killWorkers();
    }

    /**
     * Cancels {@code chunk} (of one task): a chunk no worker started never runs, and with
     * {@code interrupt} a running one is stopped; its job ends with {@code error}.
     */
    final void cancel(Chunk chunk, boolean interrupt, Throwable error) {
        boolean unstarted = unqueue(chunk);
        if (chunk.completeAll(error) && !unstarted && interrupt) {
            stopRun(chunk);
        }
    }

    /** Whether the pool is shut down or terminated, its work done and its workers ended; does not wait. */
    final boolean terminated() {
        lock.lock();
        try {
            if (state == State.RUNNING || (state == State.CLOSED && !jobs.isEmpty())) {
                return false;
            }
        } finally {
            lock.unlock();
        }
        return workersEnded();
    }

    /** Waits for the workers after close or terminate; {@code nanos < 0} waits forever. */
    final boolean join(long nanos) throws InterruptedException {
        if (state() == State.RUNNING) {
            throw new IllegalStateException("join() needs close() or terminate() first");
        }
        long start = System.nanoTime();
        lock.lock();
        try {
            while (!jobs.isEmpty() && state == State.CLOSED) {
                if (nanos < 0) {
                    idle.await();
                } else if (!idle.await(Timeouts.remaining(start, nanos), TimeUnit.NANOSECONDS)) {
                    return false;
                }
            }
        } finally {
            lock.unlock();
        }
        return joinWorkers(nanos < 0 ? -1 : Timeouts.remaining(start, nanos));
    }
}
