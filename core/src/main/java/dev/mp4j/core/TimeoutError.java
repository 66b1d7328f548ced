package dev.mp4j.core;

/**
 * A timed wait ran out: mp4j's own, as Python's {@code multiprocessing.TimeoutError} (not {@link java.util.concurrent.TimeoutException}, which is checked).
 *
 * <pre>{@code
 * AsyncResult<Integer> r = pool.applyAsync(() -> slowSum());
 * try {
 *     int sum = r.get(Duration.ofSeconds(1));
 * } catch (TimeoutError e) {
 *     // not ready after 1 s; the task goes on, and r.get() can still wait for it
 * }
 * }</pre>
 */
public class TimeoutError extends ProcessError {

    private static final long serialVersionUID = 1L;

    public TimeoutError(String message) {
        super(message);
    }

    public TimeoutError(String message, Throwable cause) {
        super(message, cause);
    }
}
