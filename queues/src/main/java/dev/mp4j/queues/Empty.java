package dev.mp4j.queues;

import java.io.Serial;

/**
 * A get found no item in time: mp4j's unchecked twin of Python's {@code queue.Empty},
 * thrown by {@link Queue#getNowait} and by {@link Queue#get(java.time.Duration)} when no item
 * arrives within the timeout.
 *
 * <pre>{@code
 * try {
 *     String next = q.get(Duration.ofSeconds(1));
 * } catch (Empty e) {
 *     // nothing arrived within a second
 * }
 * }</pre>
 */
public class Empty extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public Empty(String message) {
        super(message);
    }
}
