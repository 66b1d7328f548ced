package dev.mp4j.queues;

import java.io.Serial;

/**
 * The queue was shut down: mp4j's unchecked twin of Python 3.13's {@code queue.ShutDown}.
 * After {@link Queue#shutdown()} every put throws it, and so does a get once the queue is
 * empty (at once after {@code shutdown(true)}, which drops what the queue held); callers
 * blocked in a put or in a get of an empty queue wake up and throw it.
 *
 * <pre>{@code
 * try {
 *     while (true) handle(q.get());
 * } catch (ShutDown e) {
 *     // the producer called q.shutdown() and every item was taken
 * }
 * }</pre>
 */
public class ShutDown extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public ShutDown(String message) {
        super(message);
    }
}
