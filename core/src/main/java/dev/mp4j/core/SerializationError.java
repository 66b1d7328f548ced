package dev.mp4j.core;

/**
 * An object could not be serialized to travel to another JVM, or read back there. The message names the class and the path of fields that led to it.
 *
 * <pre>{@code
 * Lock lock = new Lock(Context.threads());
 * Process p = new Process(Context.spawn(), () -> lock.acquire());
 * p.start();   // SerializationError: ... captured[0]:Lock): a Lock of Context.threads() cannot
 *              // travel to another JVM; create it with Context.spawn()
 * }</pre>
 */
public class SerializationError extends ProcessError {

    private static final long serialVersionUID = 1L;

    public SerializationError(String message) {
        super(message);
    }

    public SerializationError(String message, Throwable cause) {
        super(message, cause);
    }
}
