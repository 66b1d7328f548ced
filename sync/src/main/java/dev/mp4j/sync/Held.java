package dev.mp4j.sync;

/**
 * A held lock, released by {@link #close()}: the try-with-resources form of Python's
 * {@code with lock:}.
 *
 * <pre>{@code
 * try (var _ = lock.hold()) {
 *     counter.set(counter.get() + 1);
 * }
 * }</pre>
 */
@FunctionalInterface
public interface Held extends AutoCloseable {

    /** Releases the lock. */
    @Override
    void close();
}
