package dev.mp4j.managers;

import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Named attributes, as Python's {@code Manager().Namespace()}: {@code ns.x = 1} is
 * {@code ns.set("x", 1)}, {@code ns.x} is {@code ns.get("x")}, {@code del ns.x} is
 * {@code ns.delete("x")}. Its {@code toString()} is Python's repr, the attributes sorted by
 * name: {@code Namespace(x=1, y=hello)}. Thread-safe.
 *
 * <p>From a {@link Manager} of the spawn context it is a proxy: each call is one round trip
 * to the manager's server, and the value returned is a copy (as in Python, changing a list
 * got from a namespace changes the copy; set it again to change the attribute).
 */
public interface Namespace {

    /**
     * The value of attribute {@code name}.
     *
     * @throws NoSuchElementException if there is no such attribute (Python's AttributeError)
     */
    <T> T get(String name);

    /** Sets attribute {@code name} to {@code value} (null included). */
    void set(String name, Object value);

    /**
     * Removes attribute {@code name}.
     *
     * @throws NoSuchElementException if there is no such attribute
     */
    void delete(String name);

    /** Whether attribute {@code name} is set (Python's {@code hasattr}). */
    boolean has(String name);

    /** A copy of the attributes, sorted by name. */
    Map<String, Object> attributes();
}
