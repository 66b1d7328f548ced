package dev.mp4j.core;

/**
 * An object could not be serialized to travel to another JVM, or read back there. The message names the class and the path of fields that led to it.
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
