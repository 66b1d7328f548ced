package dev.mp4j.pool;

import java.io.Serializable;
import java.util.concurrent.Callable;

/**
 * What {@link Pool#apply(Task)} and {@link ProcessPoolExecutor#submit(Task)} run: a
 * serializable {@link Callable}. Python passes a function and its arguments; in Java the
 * lambda captures them: {@code () -> mul(3, 7)}.
 *
 * <pre>{@code
 * int a = 3, b = 7;
 * int product = pool.apply(() -> mul(a, b));                 // 21
 * String text = pool.apply(() -> Files.readString(path));    // may throw IOException: allowed
 * }</pre>
 */
@FunctionalInterface
public interface Task<R> extends Callable<R>, Serializable {
    /** Runs the task in a worker and returns its result. */
    @Override
    R call() throws Exception;
}
