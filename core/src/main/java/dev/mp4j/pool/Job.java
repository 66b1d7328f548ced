package dev.mp4j.pool;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * One call of the pool API whose chunks workers run: it collects the chunks' outcomes and
 * ends once every chunk is in, or at once when failed as a whole (terminate).
 * Subclasses are thread-safe: chunks complete in worker or reader threads concurrently.
 */
abstract class Job {

    final long id;
    private final PoolBacking owner;
    private final ProgressListener progress;
    private long done;
    private long failed;

    Job(PoolBacking owner, ProgressListener progress) {
        this.owner = owner;
        this.id = owner.nextJobId();
        this.progress = progress;
    }

    /**
     * Registers the fully built job with the pool, which waits for it on close.
     *
     * @throws IllegalStateException if the pool is not running
     */
    final <J extends Job> J register() {
        owner.jobStarted(this);
        @SuppressWarnings("unchecked")
        J self = (J) this;
        return self;
    }

    /** The outcomes of chunk {@code index}: {@code errors[i]} is null where item {@code i} succeeded. */
    final void complete(int index, Object[] values, Throwable[] errors) {
        // Progress first: a listener sees the last chunk before the result is ready.
        if (progress != null) {
            long d;
            long f;
            long bad = Arrays.stream(errors).filter(e -> e != null).count();
            synchronized (this) {
                done += values.length;
                failed += bad;
                d = done;
                f = failed;
            }
            try {
                progress.progress(d, total(), f);
            } catch (RuntimeException | Error e) {
                owner.callbackFailed(e);
            }
        }
        onChunk(index, values, errors);
    }

    /** Chunk {@code index} of {@code size} items failed as a whole (its worker died). */
    final void completeAll(int index, int size, Throwable error) {
        Throwable[] errors = new Throwable[size];
        Arrays.fill(errors, error);
        complete(index, new Object[size], errors);
    }

    abstract void onChunk(int index, Object[] values, Throwable[] errors);

    /** Ends the whole job with {@code error} (the pool was terminated). */
    abstract void fail(Throwable error);

    /** The pool was shut down (Python's close): a job that reads its input lazily reads the rest now. */
    void poolShutDown() {}

    /** The pool was closed ({@link AutoCloseable}): a job that reads its input lazily stops, raising {@code error}. */
    void stopInput(Throwable error) {}

    /** The number of items, or -1 while unknown. */
    abstract long total();

    /** Tells the pool this job has ended. */
    final void ended() {
        owner.jobEnded(this);
    }

    /** Runs a user callback; its exception is reported, never thrown into the pool. */
    final <V> void callback(Consumer<? super V> callback, V value) {
        if (callback != null) {
            try {
                callback.accept(value);
            } catch (RuntimeException | Error e) {
                owner.callbackFailed(e);
            }
        }
    }
}
