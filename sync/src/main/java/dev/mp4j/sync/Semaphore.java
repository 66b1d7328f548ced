package dev.mp4j.sync;

import dev.mp4j.core.Context;
import dev.mp4j.sync.spi.SemaphoreBacking;
import java.io.Serial;
import java.util.Objects;

/**
 * A counting semaphore, as Python's {@code multiprocessing.Semaphore}: a number of permits;
 * {@link #acquire()} takes one, blocking while there is none, and {@link #release()} returns
 * one. Any thread or process may release, and releases are not bounded (see
 * {@link BoundedSemaphore} for that).
 *
 * <pre>{@code
 * Semaphore slots = new Semaphore(Context.spawn(), 3);   // at most 3 workers inside
 * try (var _ = slots.hold()) {
 *     useTheResource();
 * }
 * }</pre>
 *
 * <p><b>Ordering.</b> Not fair: a thread that arrives as a permit is returned may take it
 * before one that slept.
 *
 * <p><b>Memory consistency effects:</b> actions before a release happen-before the actions
 * after an acquire that takes a permit, in any thread of any process sharing the semaphore.
 *
 * <p><b>Across processes.</b> In the spawn context the value is a word in a mapped file
 * (see {@code SemaphoreLayout}); the semaphore travels to child JVMs as a handle and
 * waiters in other JVMs sleep on the futex. {@link #getValue()} works on every OS (Python's
 * raises NotImplementedError on macOS). A permit has no owner (any process may release it),
 * so a process that dies holding a permit does not give it back, as in Python. In the
 * threads context it is an AQS semaphore and cannot travel to a child JVM.
 *
 * @see BoundedSemaphore
 */
public sealed class Semaphore extends Acquirer permits BoundedSemaphore {

    @Serial
    private static final long serialVersionUID = 1L;

    private final SemaphoreBacking sync;

    /** A semaphore of the default context with one permit. */
    public Semaphore() {
        this(Context.defaultContext(), 1);
    }

    /**
     * A semaphore of the default context with {@code value} permits.
     *
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public Semaphore(int value) {
        this(Context.defaultContext(), value);
    }

    /**
     * A semaphore of {@code context} with {@code value} permits.
     *
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public Semaphore(Context context, int value) {
        this(context, value, -1, Semaphore.class);
    }

    Semaphore(Context context, int value, int bound, Class<?> type) {
        this.sync = SyncBackings.semaphore(Objects.requireNonNull(context, "context"),
                Semaphores.requireValue(value), bound, type);
    }

    @Override
    final boolean acquire(long nanos) throws InterruptedException {
        return sync.acquire(nanos);
    }

    /**
     * Returns a permit, waking one waiter if any.
     *
     * @throws IllegalMonitorStateException for a {@link BoundedSemaphore} whose value would
     *     exceed its initial value
     */
    @Override
    public void release() {
        sync.release();
    }

    /** The number of free permits now: a snapshot. */
    public int getValue() {
        return sync.value();
    }

    /**
     * The number of threads, in any process, waiting for a permit now (blocked in an acquire,
     * or about to block), as {@link java.util.concurrent.Semaphore#getQueueLength()}: a
     * snapshot for monitoring and tests, not for synchronization.
     */
    public final int getQueueLength() {
        return sync.waiterCount();
    }

    @Override
    public String toString() {
        return "<" + getClass().getSimpleName() + "(value=" + getValue() + ")>";
    }
}
