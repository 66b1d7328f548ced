package dev.mp4j.pool;

import java.util.List;

/** Runs a function over a chunk's items in a worker, keeping each item's value or exception. */
final class ChunkRunner {

    private ChunkRunner() {}

    /**
     * Fills {@code values} and {@code errors}. With an {@code initError} (the worker's
     * initializer failed) every item fails with it.
     */
    static void run(Fn<Object, Object> fn, List<?> items, Throwable initError, Object[] values, Throwable[] errors) {
        for (int i = 0; i < values.length; i++) {
            if (initError != null) {
                errors[i] = initError;
                continue;
            }
            try {
                values[i] = fn.apply(items.get(i));
            } catch (Throwable t) {
                errors[i] = t;
            }
        }
    }
}
