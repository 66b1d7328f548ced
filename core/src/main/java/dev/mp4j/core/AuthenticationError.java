package dev.mp4j.core;

/**
 * The two ends of a connection do not share the same authkey, as Python's {@code multiprocessing.AuthenticationError}.
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
