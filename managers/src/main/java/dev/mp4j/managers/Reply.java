package dev.mp4j.managers;

import java.io.Serializable;

/**
 * The server's answer to one {@link Request}: a value, or the exception the call threw, which
 * the caller gets as itself with the server's stack trace.
 */
record Reply(Object value, Throwable error) implements Serializable {

    static Reply of(Object value) {
        return new Reply(value, null);
    }

    static Reply failed(Throwable error) {
        return new Reply(null, error);
    }
}
