package dev.mp4j.sync;

import dev.mp4j.core.internal.shm.ArenaLayout;

/**
 * The shared-memory format of a spawn-context {@link Semaphore} or {@link BoundedSemaphore}:
 * one block of kind {@code "SEMA"} (a 128-byte line of an arena file).
 *
 * <pre>
 *   0               16      20      24      28
 *   +---------------+-------+-------+-------+
 *   | block header  | value |waiters| bound |
 *   | (16 bytes)    | int   | int   | int   |
 *   +---------------+-------+-------+-------+
 * </pre>
 *
 * <ul>
 *   <li>{@code value}: free permits; the futex word. Changed only by CAS, read volatile.</li>
 *   <li>{@code waiters}: threads of any process that sleep, or are about to, on
 *       {@code value} while it is 0; a release wakes only when it is non-zero.</li>
 *   <li>{@code bound}: the largest value of a BoundedSemaphore, -1 for a Semaphore;
 *       written once by the creator before the handle can travel.</li>
 * </ul>
 */
final class SemaphoreLayout {

    static final String KIND = "SEMA";

    static final long VALUE = ArenaLayout.BLOCK_WORDS;
    static final long WAITERS = 20;
    static final long BOUND = 24;
    static final long SIZE = 28;

    private SemaphoreLayout() {}
}
