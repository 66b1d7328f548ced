package dev.mp4j.managers;

import java.io.Serializable;

/** What a client asks a manager's server, one request and one {@link Reply} at a time per connection. */
sealed interface Request extends Serializable {

    /** Make an object of {@code typeid} from {@code args}; the reply is a {@link ProxyRef} holding one reference, {@code holder}'s. */
    record Create(String typeid, Object[] args, Holder holder) implements Request {}

    /**
     * Call {@code method} (of the object's interface, by name and parameter types) on object
     * {@code id}; a result kept in the server is {@code holder}'s reference.
     */
    record Call(long id, String method, Class<?>[] parameterTypes, Object[] args, Holder holder) implements Request {}

    /** One more proxy, in {@code holder}, holds object {@code id}. */
    record Incref(long id, Holder holder) implements Request {}

    /** One proxy of object {@code id}, in {@code holder}, is gone; the last one's going frees it. */
    record Decref(long id, Holder holder) implements Request {}

    /** A copy of object {@code id} itself (Python's {@code _getvalue()}). */
    record GetValue(long id) implements Request {}

    /** How many objects the server holds (Python's {@code _number_of_objects}). */
    record Count() implements Request {}

    /** Is the server there (Python's {@code connect()} sends a dummy request). */
    record Ping() implements Request {}

    /** Stop serving. */
    record Shutdown() implements Request {}
}
