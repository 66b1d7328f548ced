package dev.mp4j.core;

/**
 * The base of mp4j's errors, as Python's {@code multiprocessing.ProcessError}.
 *
 * <pre>{@code
 * try {
 *     pool.map(fn, items);
 * } catch (ProcessError e) {          // any of mp4j's own: TimeoutError, SerializationError, ...
 *     log.warn("the pool failed", e); // an exception of fn arrives as itself, not as this
 * }
 * }</pre>
 */
public class ProcessError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProcessError(String message) {
        super(message);
    }

    public ProcessError(String message, Throwable cause) {
        super(message, cause);
    }
}
