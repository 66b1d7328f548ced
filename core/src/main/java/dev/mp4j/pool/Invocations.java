package dev.mp4j.pool;

import dev.mp4j.core.internal.Timeouts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * {@code invokeAll} and {@code invokeAny} of {@link ProcessPoolExecutor}, over its submit:
 * the JDK's contracts (a null collection, element or unit is a NullPointerException, an
 * empty invokeAny an IllegalArgumentException; what is left undone at the end is cancelled,
 * running tasks stopped).
 */
final class Invocations {

    private Invocations() {}

    /** Submits every task, then waits for them all, or until {@code nanos} (Long.MAX_VALUE: no limit). */
    static <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long nanos,
            Function<Callable<T>, CompletableFuture<T>> submit) throws InterruptedException {
        List<Callable<T>> all = copy(tasks);
        long start = System.nanoTime();
        List<Future<T>> futures = new ArrayList<>(all.size());
        boolean done = false;
        try {
            for (Callable<T> task : all) {
                futures.add(submit.apply(task));
            }
            for (Future<T> f : futures) {
                long left = Timeouts.remaining(start, nanos);
                if (left == 0 && !f.isDone()) {
                    return futures; // the finally block cancels the rest
                }
                try {
                    if (Timeouts.unlimited(left)) {
                        f.get();
                    } else {
                        f.get(left, TimeUnit.NANOSECONDS);
                    }
                } catch (ExecutionException | CancellationException e) {
                    // The future holds it.
                } catch (TimeoutException e) {
                    return futures;
                }
            }
            done = true;
            return futures;
        } finally {
            if (!done) {
                for (Future<T> f : futures) {
                    f.cancel(true);
                }
            }
        }
    }

    /**
     * Submits every task and returns the first result of one that succeeded; cancels the
     * others. If all fail, throws an ExecutionException with the last error as its cause.
     */
    static <T> T invokeAny(Collection<? extends Callable<T>> tasks, long nanos,
            Function<Callable<T>, CompletableFuture<T>> submit)
            throws InterruptedException, ExecutionException, TimeoutException {
        List<Callable<T>> all = copy(tasks);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("invokeAny needs at least one task");
        }
        long start = System.nanoTime();
        LinkedBlockingQueue<CompletableFuture<T>> completed = new LinkedBlockingQueue<>();
        List<CompletableFuture<T>> futures = new ArrayList<>(all.size());
        try {
            for (Callable<T> task : all) {
                CompletableFuture<T> f = submit.apply(task);
                futures.add(f);
                f.whenComplete((v, e) -> completed.add(f));
            }
            ExecutionException last = null;
            for (int left = futures.size(); left > 0; left--) {
                long wait = Timeouts.remaining(start, nanos);
                CompletableFuture<T> f = Timeouts.unlimited(wait) ? completed.take()
                        : completed.poll(wait, TimeUnit.NANOSECONDS);
                if (f == null) {
                    throw new TimeoutException("no task of invokeAny succeeded within " + nanos + " ns");
                }
                try {
                    return f.get();
                } catch (ExecutionException e) {
                    last = e;
                } catch (CancellationException e) {
                    last = new ExecutionException("a task of invokeAny was cancelled", e);
                }
            }
            throw last;
        } finally {
            for (CompletableFuture<T> f : futures) {
                f.cancel(true);
            }
        }
    }

    private static <T> List<Callable<T>> copy(Collection<? extends Callable<T>> tasks) {
        List<Callable<T>> all = new ArrayList<>(Objects.requireNonNull(tasks, "tasks"));
        for (Callable<T> task : all) {
            Objects.requireNonNull(task, "a task of the collection is null");
        }
        return all;
    }
}
