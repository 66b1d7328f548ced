package dev.mp4j.core.internal.serial;

import java.io.NotSerializableException;
import java.io.Serial;

/**
 * Thrown by the serialization of an object that must never reach another JVM, such as a
 * threads-context Lock. Its message is the class name (so the path to it can be found);
 * {@link #hint()} says what to do instead.
 */
public final class NotTransferableException extends NotSerializableException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String hint;

    public NotTransferableException(Class<?> type, String hint) {
        super(type.getName());
        this.hint = hint;
    }

    /** For a primitive of {@code Context.threads()}, which lives on this JVM's heap. */
    public static NotTransferableException threadsContext(Class<?> type) {
        return new NotTransferableException(type, "a " + type.getSimpleName()
                + " of Context.threads() cannot travel to another JVM; create it with Context.spawn()");
    }

    /** What the user should do instead. */
    public String hint() {
        return hint;
    }
}
