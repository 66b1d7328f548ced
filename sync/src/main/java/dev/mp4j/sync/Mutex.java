package dev.mp4j.sync;

import java.time.Duration;

/**
 * What {@link Lock} and {@link RLock} have in common, for code that takes either (as
 * Python's {@code Value(..., lock=...)} does).
 */
public sealed interface Mutex permits Lock, RLock {

    /** Acquires, blocking until it is free. */
    void acquire();

    /** Acquires if {@code block}, else tries once; returns whether acquired. */
    boolean acquire(boolean block);

    /** Acquires within {@code timeout}; returns whether acquired. */
    boolean acquire(Duration timeout);

    /** Releases. */
    void release();

    /**
     * Whether the current hold was taken over from a process that died holding the lock;
     * see {@link Lock#ownerDied()}.
     */
    boolean ownerDied();

    /** Acquires and returns the {@link Held} whose {@code close()} releases. */
    default Held hold() {
        acquire();
        return this::release;
    }
}
