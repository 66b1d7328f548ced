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

    /**
     * For a primitive of {@code Context.threads()}, which lives on this JVM's heap: "an Event of
     * Context.threads() cannot travel to another JVM; create it with Context.spawn()".
     */
    public static NotTransferableException threadsContext(Class<?> type) {
        return new NotTransferableException(type, withArticle(type.getSimpleName())
                + " of Context.threads() cannot travel to another JVM; create it with Context.spawn()");
    }

    /**
     * A type's name with its indefinite article, as it is spoken: "a Lock", "an Event", "an
     * Array". A name that starts with two capitals starts with a spelled letter ("an RLock",
     * "a URLCache"), whose article follows the letter's name.
     */
    static String withArticle(String name) {
        if (name.isEmpty()) {
            return name;
        }
        char first = Character.toUpperCase(name.charAt(0));
        boolean spelled = name.length() > 1 && Character.isUpperCase(name.charAt(0))
                && Character.isUpperCase(name.charAt(1));
        String vowelSounds = spelled ? "AEFHILMNORSX" : "AEIOU";
        return (vowelSounds.indexOf(first) >= 0 ? "an " : "a ") + name;
    }

    /** What the user should do instead. */
    public String hint() {
        return hint;
    }
}
