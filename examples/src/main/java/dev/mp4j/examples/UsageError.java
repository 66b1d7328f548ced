package dev.mp4j.examples;

import java.io.Serial;

/** A command line the examples launcher cannot run; it exits with code 2 and this message. */
public final class UsageError extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** An error whose message tells the user what to type instead. */
    public UsageError(String message) {
        super(message);
    }
}
