package dev.mp4j.sync;

import java.io.Serial;

/**
 * A {@link Barrier} is broken, or was reset or broken while the caller waited on it: mp4j's
 * unchecked twin of Python's {@code threading.BrokenBarrierError}. Its cause, if any, is the
 * exception that broke it (an action that threw).
 *
 * <pre>{@code
 * Barrier barrier = new Barrier(ctx, 3);
 * try {
 *     barrier.await(Duration.ofSeconds(5));
 * } catch (BrokenBarrierError e) {
 *     // a party timed out, was interrupted or died, or reset() was called: this phase is off
 * }
 * }</pre>
 */
public class BrokenBarrierError extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public BrokenBarrierError(String message) {
        super(message);
    }

    public BrokenBarrierError(String message, Throwable cause) {
        super(message, cause);
    }
}
