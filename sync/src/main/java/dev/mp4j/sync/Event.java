package dev.mp4j.sync;

import dev.mp4j.core.Context;
import dev.mp4j.core.InterruptedError;
import dev.mp4j.core.internal.Timeouts;
import dev.mp4j.sync.spi.EventBacking;
import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * A flag that workers wait for, as Python's {@code multiprocessing.Event}: {@link #set()}
 * raises it and wakes every waiter, {@link #clear()} lowers it, and {@link #await()}
 * blocks until it is raised.
 *
 * <pre>{@code
 * Event ready = new Event(Context.spawn());
 * new Process(ctx, () -> { prepare(); ready.set(); }).start();
 * if (ready.await(Duration.ofSeconds(2))) { useIt(); }
 * }</pre>
 *
 * <p><b>Ordering.</b> A set wakes every waiter. A waiter that sleeps through a set and a
 * quick clear still returns true: the set happened while it waited.
 *
 * <p><b>Memory consistency effects:</b> actions before a {@code set()} happen-before the
 * actions after a wait that returns true because of it, and after an {@code isSet()} that
 * returns true, in any thread of any process sharing the event.
 *
 * <p><b>Across processes.</b> In the spawn context the flag is a word in a mapped file (see
 * {@code EventLayout}); the event travels to child JVMs as a handle, waiters sleep on the
 * futex, and a set with no sleeper makes no system call. In the threads context it is a
 * volatile flag with a lock-based latch and cannot travel to a child JVM.
 */
public final class Event implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final EventBacking sync;

    /** A clear event of the default context. */
    public Event() {
        this(Context.defaultContext());
    }

    /** A clear event of {@code context}. */
    public Event(Context context) {
        this.sync = SyncBackings.event(Objects.requireNonNull(context, "context"));
    }

    /** Whether the flag is set now. */
    public boolean isSet() {
        return sync.isSet();
    }

    /** Sets the flag and wakes every waiter. Setting a set event does nothing. */
    public void set() {
        sync.set();
    }

    /** Clears the flag: later waits block until the next {@link #set()}. */
    public void clear() {
        sync.clear();
    }

    /**
     * Blocks until the flag is set; returns at once if it is.
     *
     * @return true
     * @throws InterruptedError if interrupted while blocked (the interrupt flag is restored)
     */
    public boolean await() {
        return awaitNanos(-1L);
    }

    /**
     * Blocks until the flag is set, for at most {@code timeout}. A timeout of zero or less
     * does not wait.
     *
     * @return the flag: true if it was set on entry or while waiting, false on timeout
     * @throws InterruptedError if interrupted while blocked (the interrupt flag is restored)
     */
    public boolean await(Duration timeout) {
        return awaitNanos(Timeouts.nanos(timeout));
    }

    private boolean awaitNanos(long nanos) {
        try {
            return sync.await(nanos);
        } catch (InterruptedException e) {
            throw new InterruptedError(e);
        }
    }

    /**
     * The number of threads, in any process, waiting for the flag now (blocked in an
     * {@code await}, or about to block), named as the JDK's {@code getQueueLength()}: a
     * snapshot for monitoring and tests, not for synchronization.
     */
    public int getQueueLength() {
        return sync.waiterCount();
    }

    @Override
    public String toString() {
        return "<Event(" + (isSet() ? "set" : "unset") + ")>";
    }
}
