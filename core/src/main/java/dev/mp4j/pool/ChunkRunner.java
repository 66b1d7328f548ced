package dev.mp4j.pool;

import java.util.List;

/** Runs a function over a chunk's items in a worker, keeping each item's value or exception. */
final class ChunkRunner {

    private ChunkRunner() {}

    /**
     * Fills {@code values} and {@code errors}; returns whether any item failed. With an
     * {@code initError} (the worker's initializer failed) every item fails with it.
     */
    static boolean run(Fn<Object, Object> fn, List<?> items, Throwable initError, Object[] values, Throwable[] errors) {
        boolean failed = false;
        for (int i = 0; i < values.length; i++) {
            if (initError != null) {
                errors[i] = initError;
                failed = true;
                continue;
            }
            try {
                values[i] = fn.apply(items.get(i));
            } catch (Throwable t) {
                errors[i] = t;
                failed = true;
            }
        }
        return failed;
    }
}
