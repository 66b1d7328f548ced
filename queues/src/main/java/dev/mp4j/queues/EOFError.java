package dev.mp4j.queues;

import java.io.Serial;

/**
 * The other end of a {@link Connection} is gone, as Python's {@code EOFError} from
 * {@code Connection.recv()}: it closed its end, or its process ended (even by SIGKILL).
 * Unchecked, as every mp4j error.
 *
 * <pre>{@code
 * try {
 *     while (true) {
 *         handle(conn.recv());
 *     }
 * } catch (EOFError e) {
 *     // the sender is done
 * }
 * }</pre>
 */
public class EOFError extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public EOFError(String message) {
        super(message);
    }

    public EOFError(String message, Throwable cause) {
        super(message, cause);
    }
}
