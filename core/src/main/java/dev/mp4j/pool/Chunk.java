package dev.mp4j.pool;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A slice of a job's items that one worker runs in one go (Python's task batch). Thread
 * workers use {@code fn} and {@code items} by reference; child JVMs get the bytes
 * serialized in the submitting thread.
 */
final class Chunk {

    final Job job;
    final int index;
    final int size;
    final Fn<Object, Object> fn;
    final List<?> items;
    final byte[] fnBytes;
    final byte[] itemBytes;
    /**
     * Null until the chunk completes, once: then {@link #DELIVERED}, or the error that failed
     * it as a whole. A late result after a timeout, a loss or a cancel is dropped.
     */
    private final AtomicReference<Object> outcome = new AtomicReference<>();
    private static final Object DELIVERED = new Object();
    /** The timeout clock while a worker holds the chunk, if the pool has a task timeout. */
    volatile ScheduledFuture<?> timer;
    /** The thread worker running the chunk, while it does. Guarded by this. */
    private Thread runner;

    Chunk(Job job, int index, Fn<Object, Object> fn, List<?> items, byte[] fnBytes, byte[] itemBytes) {
        this.job = job;
        this.index = index;
        this.size = items.size();
        this.fn = fn;
        this.items = itemBytes == null ? items : null;
        this.fnBytes = fnBytes;
        this.itemBytes = itemBytes;
    }

    /** Delivers the chunk's outcomes to its job, unless it already completed; returns whether it did. */
    boolean complete(Object[] values, Throwable[] errors) {
        if (!outcome.compareAndSet(null, DELIVERED)) {
            return false;
        }
        stopTimer();
        job.complete(index, values, errors);
        return true;
    }

    /** Fails every item of the chunk with {@code error}, unless it already completed. */
    boolean completeAll(Throwable error) {
        if (!outcome.compareAndSet(null, error)) {
            return false;
        }
        stopTimer();
        job.completeAll(index, size, error);
        return true;
    }

    /** Stops the timeout clock without completing the chunk (it goes to another worker). */
    void stopTimer() {
        ScheduledFuture<?> t = timer;
        if (t != null) {
            t.cancel(false);
        }
    }

    boolean finished() {
        return outcome.get() != null;
    }

    /** Whether the chunk was cancelled (by the executor) rather than run, timed out or lost. */
    boolean cancelled() {
        return outcome.get() instanceof CancellationException;
    }

    /** A thread worker starts running the chunk. */
    synchronized void startRun(Thread worker) {
        runner = worker;
    }

    /**
     * The thread worker is done with the chunk; from here on {@link #interruptRunner()} no
     * longer reaches it, so an interrupt meant for this chunk never lands on the next one.
     */
    synchronized void endRun() {
        runner = null;
    }

    /** Interrupts the thread worker running the chunk, if one is (a cancel with interruption). */
    synchronized void interruptRunner() {
        if (runner != null) {
            runner.interrupt();
        }
    }
}
