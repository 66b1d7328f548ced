package dev.mp4j.shared;

import java.io.Serializable;

/**
 * What {@link Value} and {@link RawValue} have in common: what Python's
 * {@code Value(typecode, x, lock=...)} returns, a synchronized wrapper or, with
 * {@code lock=False}, the raw object ({@link Value#of(dev.mp4j.core.Context, char, Object, boolean)}).
 *
 * <pre>{@code
 * boolean lock = needsTheLock();                                     // Python: lock=...
 * SharedValue<Long> hits = Value.of(Context.spawn(), 'q', 0L, lock);  // a Value or a RawValue
 * hits.incrementAndGet();                                            // atomic either way
 * hits.set(hits.get() + 1);                                          // not atomic either way
 * }</pre>
 *
 * @param <T> the typecode's Java type (see {@link Typecode})
 */
public sealed interface SharedValue<T> extends Serializable permits Value, RawValue {

    /** The value (Python's {@code .value}). */
    T get();

    /**
     * Sets the value.
     *
     * @throws IllegalArgumentException if {@code value} is not of the typecode's Java type or
     *     out of its range
     */
    void set(T value);

    /** The typecode. */
    Typecode typecode();

    /** Atomically adds {@code delta} (wrapping at the type's width); returns the new value. Integer typecodes only. */
    T addAndGet(long delta);

    /** Atomically adds {@code delta} (wrapping at the type's width); returns the previous value. Integer typecodes only. */
    T getAndAdd(long delta);

    /** Atomically adds one; returns the new value. Integer typecodes only. */
    default T incrementAndGet() {
        return addAndGet(1);
    }

    /**
     * Atomically sets {@code update} if the value is {@code expected}; returns whether it did.
     * Floats and doubles compare by their bits, so {@code NaN} matches {@code NaN}.
     */
    boolean compareAndSet(T expected, T update);
}
