package dev.mp4j.pool;

import java.io.Serializable;

/**
 * Runs once in each worker before its first task (Python's {@code initializer} with its
 * {@code initargs} captured by the lambda). Serializable, so it can run in a child JVM.
 */
@FunctionalInterface
public interface Initializer extends Serializable {
    /** Prepares the worker. */
    void run() throws Exception;
}
