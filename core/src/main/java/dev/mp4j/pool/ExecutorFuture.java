package dev.mp4j.pool;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * The future of a task of a {@link ProcessPoolExecutor}: a {@link CompletableFuture} that
 * the task's result completes, and whose {@link #cancel} reaches the pool. Dependent stages
 * ({@code thenApply}, ...) are plain CompletableFutures.
 */
final class ExecutorFuture<T> extends CompletableFuture<T> {

    /** Held while the task is pending (the pool holds its chunk): an executor dropped meanwhile stays open. */
    private final Pool pool;
    /** The task as it was given, for the list of shutdownNow. */
    final Runnable asGiven;
    /** Set once the task is submitted; read by a later cancel. */
    private volatile Chunk chunk;

    ExecutorFuture(Pool pool, Runnable asGiven) {
        this.pool = pool;
        this.asGiven = asGiven;
    }

    void submitted(Chunk chunk) {
        this.chunk = chunk;
    }

    /**
     * Completes this future with a {@link CancellationException} unless it is done. A task
     * no worker started never runs; with {@code mayInterruptIfRunning} a running task is
     * stopped: its child JVM is killed and replaced, its thread worker interrupted. Without
     * it a running task runs on and its result is dropped.
     */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        if (!super.cancel(mayInterruptIfRunning)) {
            return false;
        }
        Chunk c = chunk;
        if (c != null) {
            pool.backing().cancel(c, mayInterruptIfRunning, new CancellationException("cancelled"));
        }
        return true;
    }
}
