package dev.mp4j.sync;

/**
 * The shared-memory format of a spawn-context {@link Semaphore} or {@link BoundedSemaphore}:
 * one 128-byte line in a segment of kind {@code "SEMA"}.
 *
 * <pre>
 *   0       4        8       12                                                     128
 *   +-------+--------+-------+-------------------------------------------------------+
 *   | value |waiters | bound | (padding)                                             |
 *   | int   | int    | int   |                                                       |
 *   +-------+--------+-------+-------------------------------------------------------+
 * </pre>
 *
 * <ul>
 *   <li>{@code value}: free permits; the futex word. Changed only by CAS.</li>
 *   <li>{@code waiters}: threads of any process that sleep, or are about to, on
 *       {@code value} while it is 0; a release wakes only when it is non-zero.</li>
 *   <li>{@code bound}: the largest value of a BoundedSemaphore, -1 for a Semaphore;
 *       written once by the creator.</li>
 * </ul>
 */
final class SemaphoreLayout {

    static final String KIND = "SEMA";
    static final int VERSION = 1;
    static final long SIZE = 128;

    static final long VALUE = 0;
    static final long WAITERS = 4;
    static final long BOUND = 8;

    private SemaphoreLayout() {}
}
