package dev.mp4j.pool;

import com.google.common.util.concurrent.ListenableFuture;
import dev.mp4j.core.InterruptedError;
import dev.mp4j.core.TimeoutError;
import dev.mp4j.core.internal.Timeouts;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The result of {@link Pool#applyAsync(Task)} or {@link Pool#mapAsync(Fn, Iterable)}:
 * Python's {@code AsyncResult}.
 *
 * <pre>{@code
 * AsyncResult<Integer> r = pool.applyAsync(() -> 6 * 7);
 * r.get(Duration.ofSeconds(1));   // 42, or TimeoutError
 * }</pre>
 *
 * <p><b>Errors.</b> When the task threw, {@link #get()} throws that very exception (a
 * checked one too, undeclared): {@code catch (ArithmeticException e)} works. Its stack trace
 * is the worker's. A worker that died fails the result with {@link WorkerLostError}; a pool
 * that was terminated fails it with a {@link dev.mp4j.core.ProcessError} that says so.
 *
 * <p><b>Blocking.</b> {@code get} and {@code await} return when the result is ready. A
 * timeout of zero or less does not wait; one too long for a {@code long} of nanoseconds
 * waits without a limit. When interrupted they restore the interrupt flag and throw
 * {@link InterruptedError}.
 *
 * <p><b>Memory consistency effects:</b> the callbacks run, and the worker's actions (for
 * thread workers) happen, before a {@code get} that returns the result.
 */
public final class AsyncResult<R> {

    private final CompletableFuture<R> future;

    AsyncResult() {
        this(new CompletableFuture<>());
    }

    /** A result that completes {@code future}: the executor's futures are the results themselves. */
    AsyncResult(CompletableFuture<R> future) {
        this.future = future;
    }

    /** Waits for the result and returns it, or throws the task's exception. */
    public R get() {
        try {
            return future.get();
        } catch (InterruptedException e) {
            throw new InterruptedError(e);
        } catch (ExecutionException e) {
            throw Rethrow.<RuntimeException>sneaky(e.getCause());
        }
    }

    /**
     * Waits at most {@code timeout} for the result.
     *
     * @throws TimeoutError if the result is not ready in time (Python's {@code TimeoutError})
     */
    public R get(Duration timeout) {
        try {
            return getWithin(timeout);
        } catch (InterruptedException e) {
            throw new InterruptedError(e);
        } catch (ExecutionException e) {
            throw Rethrow.<RuntimeException>sneaky(e.getCause());
        } catch (TimeoutException e) {
            throw new TimeoutError("result not ready after " + timeout);
        }
    }

    /**
     * Waits for the result to be ready (a value or an error): Python's {@code wait()}. It
     * does not throw the task's exception; {@link #get()} does.
     */
    public void await() {
        await(ChronoUnit.FOREVER.getDuration());
    }

    /**
     * Waits at most {@code timeout} for the result to be ready: Python's {@code wait(timeout)}.
     *
     * @return whether it is ready (false: the timeout elapsed first)
     */
    public boolean await(Duration timeout) {
        try {
            getWithin(timeout);
            return true;
        } catch (InterruptedException e) {
            throw new InterruptedError(e);
        } catch (ExecutionException | CancellationException e) {
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    private R getWithin(Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
        long nanos = Timeouts.nanos(timeout);
        return Timeouts.unlimited(nanos) ? future.get() : future.get(nanos, TimeUnit.NANOSECONDS);
    }

    /** Whether the result is ready (a value or an error). */
    public boolean ready() {
        return future.isDone();
    }

    /**
     * Whether the task completed without an error.
     *
     * @throws IllegalStateException if the result is not ready (Python raises {@code ValueError})
     */
    public boolean successful() {
        if (!future.isDone()) {
            throw new IllegalStateException("result is not ready");
        }
        return !future.isCompletedExceptionally();
    }

    /** A {@code CompletableFuture} completed with this result; completing it does not change this one. */
    public CompletableFuture<R> toCompletableFuture() {
        return future.copy();
    }

    /** A Guava {@code ListenableFuture} completed with this result (needs Guava on the class path). */
    public ListenableFuture<R> toListenableFuture() {
        return GuavaAdapter.listenable(future);
    }

    /** The future this result completes. */
    CompletableFuture<R> future() {
        return future;
    }

    /** Completes with a value; false if already complete. */
    boolean set(R value) {
        return future.complete(value);
    }

    /** Completes with an error; false if already complete. */
    boolean fail(Throwable error) {
        return future.completeExceptionally(error);
    }

    @Override
    public String toString() {
        return "AsyncResult[" + (!future.isDone() ? "pending" : future.isCompletedExceptionally() ? "failed" : "ready") + "]";
    }
}
