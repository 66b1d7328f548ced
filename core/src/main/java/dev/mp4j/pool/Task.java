package dev.mp4j.pool;

import java.io.Serializable;

/**
 * What {@link Pool#apply(Task)} runs: a serializable {@code Callable}. Python passes a
 * function and its arguments; in Java the lambda captures them: {@code () -> mul(3, 7)}.
 *
 * <pre>{@code
 * int a = 3, b = 7;
 * int product = pool.apply(() -> mul(a, b));                 // 21
 * String text = pool.apply(() -> Files.readString(path));    // may throw IOException: allowed
 * }</pre>
 */
@FunctionalInterface
public interface Task<R> extends Serializable {
    /** Runs the task in a worker and returns its result. */
    R call() throws Exception;
}
