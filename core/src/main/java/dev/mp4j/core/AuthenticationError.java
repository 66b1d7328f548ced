package dev.mp4j.core;

/**
 * The two ends of a connection do not share the same authkey, as Python's {@code multiprocessing.AuthenticationError}.
 *
 * <pre>{@code
 * byte[] key = Context.currentProcess().authkey();   // 32 random bytes; children inherit them
 * // a peer that answers the HMAC challenge with another key is refused:
 * // dev.mp4j.core.AuthenticationError: the other end refused our digest (do both ends have the same authkey?)
 * }</pre>
 */
public class AuthenticationError extends ProcessError {

    private static final long serialVersionUID = 1L;

    public AuthenticationError(String message) {
        super(message);
    }

    public AuthenticationError(String message, Throwable cause) {
        super(message, cause);
    }
}
