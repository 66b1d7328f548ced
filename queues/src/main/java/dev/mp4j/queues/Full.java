package dev.mp4j.queues;

import java.io.Serial;

/**
 * A put found no room in time: mp4j's unchecked twin of Python's {@code queue.Full}, thrown
 * by {@link Queue#putNowait} and by {@link Queue#put(Object, java.time.Duration)} when the
 * queue stays full (in items, or in the bytes of its ring in the spawn context) for the
 * whole timeout.
 *
 * <pre>{@code
 * Queue<String> q = new Queue<>(ctx, 1);
 * q.put("a");
 * try {
 *     q.put("b", Duration.ofMillis(100));
 * } catch (Full e) {
 *     // nobody took "a" within 100 ms; "b" was not enqueued
 * }
 * }</pre>
 */
public class Full extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public Full(String message) {
        super(message);
    }
}
