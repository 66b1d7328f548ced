package dev.mp4j.pool;

import java.io.Serializable;

/**
 * Runs once in each worker before its first task (Python's {@code initializer} with its
 * {@code initargs} captured by the lambda). Serializable, so it can run in a child JVM.
 *
 * <pre>{@code
 * String config = "prod.properties";
 * Pool pool = new Pool(ctx, PoolOptions.defaults().initializer(() -> Worker.load(config)));
 * }</pre>
 */
@FunctionalInterface
public interface Initializer extends Serializable {
    /** Prepares the worker. */
    void run() throws Exception;
}
