package dev.mp4j.managers;

import java.io.Serializable;

/** What a client asks a manager's server, one request and one {@link Reply} at a time per connection. */
sealed interface Request extends Serializable {

    /** Make an object of {@code typeid} from {@code args}; the reply is a {@link ProxyRef} holding one reference. */
    record Create(String typeid, Object[] args) implements Request {}

    /** Call {@code method} (of the object's interface, by name and parameter types) on object {@code id}. */
    record Call(long id, String method, Class<?>[] parameterTypes, Object[] args) implements Request {}

    /** One more proxy holds object {@code id}. */
    record Incref(long id) implements Request {}

    /** One proxy of object {@code id} is gone; the last one's going frees it. */
    record Decref(long id) implements Request {}

    /** How many objects the server holds (Python's {@code _number_of_objects}). */
    record Count() implements Request {}

    /** Is the server there (Python's {@code connect()} sends a dummy request). */
    record Ping() implements Request {}

    /** Stop serving. */
    record Shutdown() implements Request {}
}
