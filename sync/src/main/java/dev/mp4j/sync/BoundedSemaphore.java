package dev.mp4j.sync;

import dev.mp4j.core.Context;
import java.io.Serial;

/**
 * A {@link Semaphore} whose value may never exceed its initial value, as Python's
 * {@code multiprocessing.BoundedSemaphore}: a release past it is a bug in the caller and
 * fails with {@link IllegalMonitorStateException}, in both contexts and on every OS (Python
 * misses it on macOS).
 *
 * <pre>{@code
 * BoundedSemaphore pool = new BoundedSemaphore(Context.spawn(), 2);
 * pool.acquire();
 * pool.release();
 * pool.release();          // IllegalMonitorStateException: released too many times
 * }</pre>
 *
 * <p>Ordering, memory consistency effects and behaviour across processes are those of
 * {@link Semaphore}.
 */
public final class BoundedSemaphore extends Semaphore {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A bounded semaphore of the default context with one permit. */
    public BoundedSemaphore() {
        this(Context.defaultContext(), 1);
    }

    /**
     * A bounded semaphore of the default context with {@code value} permits, which is also
     * its largest value.
     *
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public BoundedSemaphore(int value) {
        this(Context.defaultContext(), value);
    }

    /**
     * A bounded semaphore of {@code context} with {@code value} permits, which is also its
     * largest value.
     *
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public BoundedSemaphore(Context context, int value) {
        super(context, value, value, BoundedSemaphore.class);
    }

    /**
     * Returns a permit, waking one waiter if any.
     *
     * @throws IllegalMonitorStateException if the value would exceed the initial value
     */
    @Override
    public void release() {
        super.release();
    }
}
