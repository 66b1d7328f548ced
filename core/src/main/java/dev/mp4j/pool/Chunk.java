package dev.mp4j.pool;

import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

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
    /** A chunk completes once: a late result after a timeout or a loss is dropped. */
    private final AtomicBoolean finished = new AtomicBoolean();
    /** The timeout clock while a worker holds the chunk, if the pool has a task timeout. */
    volatile ScheduledFuture<?> timer;

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
        if (!finished.compareAndSet(false, true)) {
            return false;
        }
        stopTimer();
        job.complete(index, values, errors);
        return true;
    }

    /** Fails every item of the chunk with {@code error}, unless it already completed. */
    boolean completeAll(Throwable error) {
        if (!finished.compareAndSet(false, true)) {
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
        return finished.get();
    }
}
