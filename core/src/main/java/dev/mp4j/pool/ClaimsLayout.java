package dev.mp4j.pool;

import dev.mp4j.core.internal.shm.ArenaLayout;

/**
 * The shared-memory format of a spawn pool worker's {@link Claims}: the data area of a
 * segment of kind {@code "CLAI"} that the pool creates for each worker, and removes once
 * the worker has ended.
 *
 * <pre>
 *   0       4       8               16                      8 + 8 * CAPACITY
 *   +-------+-------+---------------+-----+------------------+
 *   | count | (0)   | ids[0]        | ... | ids[CAPACITY-1]  |
 *   +-------+-------+---------------+-----+------------------+
 * </pre>
 *
 * <ul>
 *   <li>{@code ids[0..count)}: the chunks the worker has started and whose results it has
 *       not yet handed to its socket. Written only by the worker: an id (opaque) before the
 *       count that covers it (release). The pool reads the count (acquire), then the ids
 *       (opaque).</li>
 * </ul>
 */
final class ClaimsLayout {

    static final String KIND = "CLAI";
    static final int VERSION = 1;

    static final long COUNT = 0;
    static final long IDS = 8;
    /** More than a worker's unsent results ({@link WorkerLoop#MAX_RESULTS} at most) and its running chunk. */
    static final int CAPACITY = 127;
    static final long SIZE = IDS + 8L * CAPACITY;

    private ClaimsLayout() {}
}
