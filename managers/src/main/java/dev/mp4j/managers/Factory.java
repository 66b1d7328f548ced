package dev.mp4j.managers;

import java.io.Serializable;

/**
 * Makes the object behind a registered type id, in the manager's server, from the arguments
 * of {@link BaseManager#create}: Python's {@code callable} of {@code register(typeid,
 * callable)}. Serializable, since it travels to the server's JVM: a lambda or a method
 * reference of a serializable context, such as {@code args -> new MathsImpl()}.
 *
 * @param <T> the type of the object made
 */
@FunctionalInterface
public interface Factory<T> extends Serializable {

    /** The new object; an exception reaches the caller of {@code create} as itself. */
    T create(Object... args) throws Exception;
}
