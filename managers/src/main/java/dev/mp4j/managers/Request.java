package dev.mp4j.managers;

import dev.mp4j.queues.Connection;
import java.io.Serializable;
import java.util.ArrayList;

/** What a client asks a manager's server, one request and one {@link Reply} at a time per connection. */
sealed interface Request extends Serializable {

    /**
     * The first request of every connection: the process it comes from, whose references the
     * connection's later requests take and give back (sent once, not in every call). The
     * reply says whether the server runs on the holder's machine.
     */
    record Hello(Holder holder) implements Request {}

    /**
     * After the hello, from a client on the server's machine: carry on over this end of the
     * client's pipe; the reply is the socket's last message.
     */
    record MoveToRing(Connection end) implements Request {}

    /** Make an object of {@code typeid} from {@code args}; the reply is a {@link ProxyRef} holding one reference, the caller's. */
    record Create(String typeid, Object[] args) implements Request {}

    /**
     * Call {@code method} (of the object's interface, by name and the names of its parameter
     * types, {@link Wire#signature}) on object {@code id}; a result kept in the server is the
     * caller's reference.
     */
    record Call(long id, String method, String signature, Object[] args) implements Request {}

    /** One more proxy, in the caller's process, holds object {@code id}. */
    record Incref(long id) implements Request {}

    /** One proxy of object {@code id}, in the caller's process, is gone; the last one's going frees it. */
    record Decref(long id) implements Request {}

    /** A copy of object {@code id} itself (Python's {@code _getvalue()}). */
    record GetValue(long id) implements Request {}

    /** A new shared memory block of {@code size} bytes, owned by the server, unlinked at its shutdown. */
    record NewSharedMemory(long size) implements Request {}

    /** A new shareable list of {@code items}, owned by the server, unlinked at its shutdown. */
    record NewShareableList(ArrayList<?> items) implements Request {}

    /** How many objects the server holds (Python's {@code _number_of_objects}). */
    record Count() implements Request {}

    /** Is the server there (Python's {@code connect()} sends a dummy request). */
    record Ping() implements Request {}

    /** Stop serving. */
    record Shutdown() implements Request {}
}
