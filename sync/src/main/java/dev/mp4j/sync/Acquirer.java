package dev.mp4j.sync;

import dev.mp4j.core.InterruptedError;
import dev.mp4j.core.internal.Timeouts;
import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;

/**
 * Python's {@code acquire(block=True, timeout=None)} in its three Java forms, and
 * {@code with}, written once for {@link Lock}, {@link RLock} and {@link Semaphore} (as the
 * JDK writes StringBuilder's methods once in a package-private base). What "acquire" takes
 * is the subclass's: a lock, or a permit.
 */
abstract sealed class Acquirer implements Serializable permits Mutex, Semaphore {

    @Serial
    private static final long serialVersionUID = 1L;

    Acquirer() {}

    /**
     * The backing's acquire: {@code nanos < 0} (or {@link Long#MAX_VALUE}) blocks until
     * acquired, 0 tries once, otherwise waits at most that long.
     */
    abstract boolean acquire(long nanos) throws InterruptedException;

    /**
     * Acquires, blocking until it can: a lock until it is free (an RLock also when the caller
     * owns it), a semaphore until a permit is free.
     *
     * @throws InterruptedError if interrupted while blocked (the interrupt flag is restored)
     */
    public void acquire() {
        acquireOrThrow(-1L);
    }

    /**
     * Acquires as {@link #acquire()} if {@code block}; otherwise only if it can at once.
     *
     * @return whether acquired
     * @throws InterruptedError if interrupted while blocked (the interrupt flag is restored)
     */
    public boolean acquire(boolean block) {
        return acquireOrThrow(block ? -1L : 0L);
    }

    /**
     * Acquires, waiting at most {@code timeout}. A timeout of zero or less does not wait; one
     * too long for a {@code long} of nanoseconds waits without limit.
     *
     * @return whether acquired
     * @throws InterruptedError if interrupted while blocked (the interrupt flag is restored)
     */
    public boolean acquire(Duration timeout) {
        return acquireOrThrow(Timeouts.nanos(timeout));
    }

    /** Releases what an acquire took. */
    public abstract void release();

    /**
     * Acquires and returns the {@link Held} whose {@code close()} releases: Python's
     * {@code with lock:}.
     *
     * <pre>{@code
     * try (var _ = lock.hold()) {
     *     counter.set(counter.get() + 1);
     * }
     * }</pre>
     */
    public Held hold() {
        acquire();
        return this::release;
    }

    private boolean acquireOrThrow(long nanos) {
        try {
            return acquire(nanos);
        } catch (InterruptedException e) {
            throw new InterruptedError(e);
        }
    }
}
